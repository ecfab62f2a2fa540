#!/usr/bin/env bash
# Builds VNSign's installers for the OS it runs on, from app/target/vnsign.jar: a runtime of its own
# made by jlink (modules listed in jlink/), then jpackage with the options in jpackage/ (common.args
# plus <os>.args, plus <os>-<type>.args where one exists). The Maven profile (./mvnw -Pinstallers package) and CI both run this script, so
# the module list and the options live in one place.
#   installers/package.sh VERSION [TYPE...]
# Types by default: deb, and rpm when rpmbuild is installed (Linux); msi (Windows, WiX 3 on the
# PATH); dmg and pkg (macOS). Output: installers/target/. On Linux the installer also carries the
# class list for VNSign's class-data-sharing archive, which the package makes when it is installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
version=${1:?usage: installers/package.sh VERSION [TYPE...]}
# The app version, derived here and nowhere else: the project version without its qualifier
# (1.0.0-SNAPSHOT is packaged as 1.0.0). jpackage on macOS refuses a first number of 0
# (CFBundleVersion), and an MSI wants at most 255.255.65535, so both are checked before any build.
version=${version%%-*}
if ! [[ $version =~ ^([1-9][0-9]{0,2})\.([0-9]{1,3})\.([0-9]{1,5})$ ]] \
    || (( BASH_REMATCH[1] > 255 || BASH_REMATCH[2] > 255 || BASH_REMATCH[3] > 65535 )); then
  echo "installers/package.sh: app version '$version' is not MAJOR.MINOR.PATCH with MAJOR 1-255," \
    "MINOR 0-255, PATCH 0-65535 (what jpackage accepts on Windows, macOS and Linux)" >&2
  exit 64
fi
shift
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "installers: no installer for $(uname -s)" >&2; exit 1 ;;
esac
types=("$@")
if [ ${#types[@]} -eq 0 ]; then
  case $os in
    linux) types=(deb); command -v rpmbuild >/dev/null && types+=(rpm) ;;
    windows) types=(msi) ;;
    macos) types=(dmg pkg) ;;
  esac
fi
missing=()
for tool in jlink jpackage; do command -v $tool >/dev/null || missing+=("$tool (a full JDK 17+)"); done
if [[ " ${types[*]} " == *" deb "* ]]; then
  command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (apt-get install dpkg)")
  command -v fakeroot >/dev/null || missing+=("fakeroot (apt-get install fakeroot)")
fi
if [[ " ${types[*]} " == *" rpm "* ]]; then command -v rpmbuild >/dev/null || missing+=("rpmbuild (apt-get install rpm)"); fi
if [[ " ${types[*]} " == *" msi "* ]]; then command -v candle >/dev/null || command -v candle.exe >/dev/null || missing+=("WiX 3 (candle, light) on the PATH"); fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'installers: missing %s\n' "${missing[@]}" >&2
  exit 1
fi
jar="$root/app/target/vnsign.jar"
if [ ! -f "$jar" ]; then
  echo "installers: $jar is missing; build it first: ./mvnw -q package -DskipTests" >&2
  exit 1
fi

out="$here/target"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

lists=("$here/jlink/modules.txt")
[ -f "$here/jlink/modules-$os.txt" ] && lists+=("$here/jlink/modules-$os.txt")
modules=$(cat "${lists[@]}" | sed 's/#.*//' | tr -s ' \t\r\n' '\n' | grep -v '^$' | paste -sd, -)
echo "installers: jlink $modules"
jlink --add-modules "$modules" --output "$out/runtime" --strip-debug --no-header-files --no-man-pages \
  --include-locales=en,vi --generate-cds-archive

if [ $os = linux ]; then
  cp "$here/linux/integration.sh" "$out/input/"
  "$here/classlist.sh" "$out/runtime/bin/java" "$out/input/vnsign.jar" "$out/input/vnsign.classlist"
fi

cd "$here"
for type in "${types[@]}"; do
  echo "installers: jpackage --type $type"
  per_type=()
  [ -f "jpackage/$os-$type.args" ] && per_type=(@"jpackage/$os-$type.args")
  jpackage @jpackage/common.args @"jpackage/$os.args" "${per_type[@]}" --type "$type" --app-version "$version" \
    --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
done
ls -l "$out"/*."${types[0]}"
