/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.Corner;
import org.vnsign.signer.IssueNumbering;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.Placement;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Ký số tệp PDF (PAdES) theo thể thức Nghị định 30/2020: phê duyệt, phát hành, phụ lục, bản sao.",
            "Sign PDF files (PAdES) in the Decree 30/2020 layouts: approval, issue, annex, copy."
        })
final class SignCommand extends SigningSubcommand {
    @Option(
            names = "--kind",
            paramLabel = "approval|issue|annex|copy|incoming|comment|invisible",
            converter = KindConverter.class,
            description = "Which signature (default: approval). Initials: vnsign initial.")
    SignatureKind kind = SignatureKind.APPROVAL;

    @Option(names = "--auto", description = "Place the signature automatically (the default).")
    boolean auto;

    @Option(names = "--page", paramLabel = "N|last", description = "Page of the signature, with --rect.")
    String page;

    @Option(
            names = "--rect",
            paramLabel = "X,Y,W,H",
            description = "Rectangle in points from the bottom-left of the page as shown.")
    String rect;

    @Option(names = "--image", paramLabel = "PNG", description = "Handwritten signature image (blue, transparent).")
    Path image;

    @Option(names = "--seal", paramLabel = "PNG", description = "Seal image (red, transparent), for --kind issue.")
    Path seal;

    @Option(names = "--seal-size", paramLabel = "MM", description = "Real diameter of the seal (default: 36).")
    double sealSize = SignProfile.DEFAULT_SEAL_DIAMETER_MM;

    @Option(names = "--name", paramLabel = "TEXT", description = "Printed name of the signer (default: certificate).")
    String name = "";

    @Option(names = "--title", paramLabel = "TEXT", description = "Title line above the signature, e.g. THỨ TRƯỞNG.")
    String title = "";

    @Option(names = "--agency", paramLabel = "TEXT", description = "Agency name (default: certificate O).")
    String agency = "";

    @Option(
            names = "--doc-number",
            paramLabel = "TEXT",
            description = "Number and notation: for --kind annex (printed top right), --kind issue (printed into"
                    + " the first page's \"Số:\" line, e.g. 123/QĐ-BTC, or 123 when the notation is printed),"
                    + " --kind copy (the copy's own number, e.g. 05/SY-VP) and --kind incoming (the incoming number).")
    String documentNumber;

    @Option(
            names = "--issued-date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "For --kind issue: the issue date, printed into the first page's \"ngày … tháng … năm …\" line.")
    LocalDate issuedDate;

    @Option(
            names = "--copy-form",
            paramLabel = "SAO_Y|TRICH_SAO|SAO_LUC",
            description = "Copy form, for --kind copy (default: SAO_Y).")
    CopyForm copyForm = CopyForm.SAO_Y;

    @Option(
            names = "--stamp-corner",
            paramLabel = "TOP_LEFT|TOP_RIGHT|BOTTOM_LEFT|BOTTOM_RIGHT",
            description = "For --kind incoming: the corner of page 1 the stamp starts from (default: TOP_LEFT, under"
                    + " the number); it moves to the nearest spot without text.")
    Corner stampCorner = Corner.TOP_LEFT;

    @Option(
            names = "--comment",
            paramLabel = "TEXT",
            description = "For --kind comment: the opinion, printed on the last page and signed.")
    String comment;

    @Override
    Appearance appearance() {
        Placement placement = placement();
        return switch (kind) {
            case APPROVAL -> new Appearance.Approval(placement);
            case ISSUE -> new Appearance.Issue(placement, IssueNumbering.of(documentNumber, issuedDate));
            case ANNEX -> {
                if (documentNumber == null || documentNumber.isBlank()) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), messages().get("sign.docNumberRequired"));
                }
                yield new Appearance.Annex(documentNumber, placement);
            }
            case COPY -> new Appearance.Copy(copyForm, documentNumber, placement);
            case INCOMING -> new Appearance.Incoming(documentNumber, stampCorner, placement);
            case COMMENT -> {
                if (comment == null || comment.isBlank()) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), messages().get("sign.commentRequired"));
                }
                yield new Appearance.Comment(comment, placement);
            }
            case INVISIBLE -> new Appearance.Invisible();
            case INITIALS -> throw new IllegalStateException("KindConverter refuses initials");
        };
    }

    private Placement placement() {
        if (page == null && rect == null) {
            return Placement.auto();
        }
        if (auto || page == null || rect == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages().get("sign.pageAndRect"));
        }
        try {
            int number = page.equalsIgnoreCase("last") ? Placement.LAST_PAGE : Integer.parseInt(page.trim());
            return new Placement.Fixed(number, Rect.parse(rect));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages().get("sign.badPlacement", page + " " + rect));
        }
    }

    @Override
    SignProfile profile() {
        if (!(sealSize > 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages().get("sign.badSealSize", String.valueOf(sealSize)));
        }
        SignProfile profile = baseProfile().withSealDiameterMm(sealSize);
        if (!name.isBlank()) {
            profile = profile.withName(name);
        }
        if (!title.isBlank()) {
            profile = profile.withTitle(title);
        }
        if (!agency.isBlank()) {
            profile = profile.withAgency(agency);
        }
        if (image != null) {
            profile = profile.withSignatureImage(read(image));
        }
        if (seal != null) {
            profile = profile.withSealImage(read(seal));
        }
        return profile;
    }

    @Override
    String outputSuffix() {
        return OutputFiles.suffixFor(kind);
    }

    /** {@code --kind} in the lower case the CLI has always used; initials have their own command. */
    static final class KindConverter implements CommandLine.ITypeConverter<SignatureKind> {
        @Override
        public SignatureKind convert(String value) {
            for (SignatureKind kind : SignatureKind.values()) {
                if (kind != SignatureKind.INITIALS && kind.name().equalsIgnoreCase(value)) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not one of approval, issue, annex, copy, incoming, comment, invisible");
        }
    }
}
