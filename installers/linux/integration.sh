#!/bin/sh
# What VNSign's Linux packages do beyond jpackage's own desktop integration, run by the .deb's
# postinst/prerm and the .rpm's %post/%preun:
#   install: `vnsign` (the command's launcher) on the PATH; the desktop entry where every desktop looks, when
#            xdg-desktop-menu refused (systems without a menu directory); and the class-data-sharing
#            archive, made here because a JDK 17 archive is valid only for the exact path of its jar.
#   remove:  undoes that.
set -e
app=/opt/vnsign
entry=vnsign-VNSign.desktop
case "$1" in
  install)
    ln -sf "$app/bin/vnsign" /usr/bin/vnsign
    if [ ! -e "/usr/share/applications/$entry" ]; then
      mkdir -p /usr/share/applications
      install -m 644 "$app/lib/$entry" /usr/share/applications/
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
      update-desktop-database -q /usr/share/applications || true
    fi
    "$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/lib/app/vnsign.classlist" \
      -XX:SharedArchiveFile="$app/lib/app/vnsign.jsa" -cp "$app/lib/app/vnsign.jar" >/dev/null 2>&1 \
      || echo "VNSign: no class-data-sharing archive (it starts a little slower)" >&2
    ;;
  remove)
    case "$(readlink /usr/bin/vnsign 2>/dev/null)" in
      "$app/bin/vnsign" | "$app/bin/VNSign") rm -f /usr/bin/vnsign ;;
    esac
    rm -f "/usr/share/applications/$entry" "$app/lib/app/vnsign.jsa"
    ;;
esac
