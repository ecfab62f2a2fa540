/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.placement.Box;
import org.vnsign.app.settings.DocumentServer;
import org.vnsign.app.signatures.SignatureRow;
import org.vnsign.app.signatures.SignatureStatus;
import org.vnsign.app.tokens.TokenRow;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.signer.SignatureKind;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.QlvbServer;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The desktop flows through the main view model, without a window: real SoftHSM2 token, real
 * signer and verifier, background work run at once, dialogs answered from a script.
 */
@SoftHsmTest
class MainViewModelIT {
    @TempDir
    Path dir;

    private DesktopFixture fixture;
    private TestTokens tokens;
    private ScriptedDialogs dialogs;
    private Messages english;

    @BeforeEach
    void setUp() {
        fixture = new DesktopFixture(dir);
        tokens = fixture.tokens;
        dialogs = fixture.dialogs;
        english = fixture.english;
    }

    private MainViewModel model(boolean withDemo) throws Exception {
        return model(withDemo, null, null);
    }

    private MainViewModel model(boolean withDemo, String inbox, String outbox) throws Exception {
        return model(withDemo, inbox, outbox, null);
    }

    private MainViewModel model(boolean withDemo, String inbox, String outbox, DocumentServer server) throws Exception {
        return model(withDemo, inbox, outbox, server, Clock.systemUTC());
    }

    private MainViewModel model(boolean withDemo, String inbox, String outbox, DocumentServer server, Clock clock)
            throws Exception {
        return fixture.model(withDemo, inbox, outbox, server, clock);
    }

    /** Closes the token sessions: PKCS#11 keeps a login for the whole process while any session is open. */
    @AfterEach
    void closeSessions() {
        fixture.close();
    }

    /** A model logged in to the main test token with the RSA-2048 certificate chosen, {@code input} open. */
    private MainViewModel signingWithTheMainToken(Path input) throws Exception {
        return signingWithTheMainToken(model(false), input);
    }

    private MainViewModel signingWithTheMainToken(MainViewModel model, Path input) {
        logIn(model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        chooseCertificate(model, KeyProfile.RSA_2048);
        model.open(input);
        return model;
    }

    private void logIn(MainViewModel model, String label, String pin) {
        fixture.logIn(model, label, pin);
    }

    private static void choose(MainViewModel model, String label) {
        DesktopFixture.choose(model, label);
    }

    private static void chooseCertificate(MainViewModel model, KeyProfile profile) {
        DesktopFixture.chooseCertificate(model, profile);
    }

    @Test
    void opensPlacesSignsAndShowsTheNewSignatureAsValid() throws Exception {
        Path input = new Decree30Pdf().pages(3).write(dir.resolve("to-trinh.pdf"));
        MainViewModel model = signingWithTheMainToken(input);

        assertThat(model.titleProperty().get()).isEqualTo("VNSign — to-trinh.pdf");
        assertThat(model.preview().pageCountProperty().get()).isEqualTo(3);
        assertThat(model.signatures().summaryProperty().get()).isEqualTo(english.get("signatures.none"));
        Box placed = model.placement().blockProperty().get();
        assertThat(placed).as("auto-placed between title and name").isNotNull();
        assertThat(placed.page()).isEqualTo(3);

        model.placement().place(placed.moveTo(placed.x() - 20, placed.y()));
        model.sign();

        Path output = dir.resolve("to-trinh.signed.pdf");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.pinPrompts).hasSize(1);
        assertThat(model.titleProperty().get()).isEqualTo("VNSign — to-trinh.signed.pdf");
        assertThat(model.signatures().fileStatusProperty().get())
                .as(model.signatures().summaryProperty().get())
                .isEqualTo(SignatureStatus.VALID);
        SignatureRow row = model.signatures().rows().get(0);
        assertThat(row.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(row.page()).isEqualTo(3);
        Box highlighted = model.highlightProperty().get();
        assertThat(highlighted.x()).isCloseTo(placed.x() - 20, org.assertj.core.data.Offset.offset(0.5f));
        IndependentValidation.assertValid(output, tokens.pki(), 1);
    }

    @Test
    void aSignaturePlacedByHandOnATurnedAndCroppedPageLandsWhereItWasPlaced() throws Exception {
        Path turned = new Decree30Pdf().pages(2).turned(90).write(dir.resolve("turned.pdf"));
        Path input = dir.resolve("phu-luc.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(turned.toFile())) {
            for (var page : document.getPages()) {
                var media = page.getMediaBox();
                page.setCropBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(
                        20, 30, media.getWidth() - 40, media.getHeight() - 60));
            }
            document.save(input.toFile());
        }
        MainViewModel model = signingWithTheMainToken(input);
        Box placed = model.placement().blockProperty().get();
        assertThat(placed.page()).isEqualTo(2);

        Box moved = placed.moveTo(placed.x() - 20, placed.y() + 10);
        model.placement().place(moved);
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        Box highlighted = model.highlightProperty().get();
        assertThat(highlighted.x()).isCloseTo(moved.x(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(highlighted.y()).isCloseTo(moved.y(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(highlighted.width()).isCloseTo(moved.width(), org.assertj.core.data.Offset.offset(0.5f));
        IndependentValidation.assertValid(dir.resolve("phu-luc.signed.pdf"), tokens.pki(), 1);
    }

    @Test
    void initialsEveryPageThenApprovesWithOnePinAndBothSignaturesStayValid() throws Exception {
        Path input = new Decree30Pdf().pages(4).write(dir.resolve("du-thao.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.placement().actionProperty().set(SignatureKind.INITIALS);
        assertThat(model.placement().marks()).hasSize(4);

        Box moved = model.placement().marks().get(1).moveTo(60, 30);
        model.placement().moveMark(moved);
        assertThat(model.placement().marks()).allSatisfy(mark -> {
            assertThat(mark.x()).isEqualTo(60f);
            assertThat(mark.y()).isEqualTo(30f);
        });
        model.sign();
        assertThat(model.titleProperty().get()).isEqualTo("VNSign — du-thao.initialed.pdf");

        model.placement().actionProperty().set(SignatureKind.APPROVAL);
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.pinPrompts).as("one PIN for the token session").hasSize(1);
        assertThat(model.signatures().rows())
                .as(model.signatures().summaryProperty().get())
                .extracting(SignatureRow::status)
                .containsExactly(SignatureStatus.VALID, SignatureStatus.VALID);
        IndependentValidation.assertValid(dir.resolve("du-thao.initialed.signed.pdf"), tokens.pki(), 2);
    }

    @Test
    void theMarksAndTheApprovalAreShownWhereTheyWillGoBeforeTheUserLogsIn() throws Exception {
        Path input = new Decree30Pdf().pages(3).write(dir.resolve("du-thao.pdf"));
        MainViewModel model = model(true);
        model.open(input);

        assertThat(model.needsLoginProperty().get()).as("nobody logged in").isTrue();
        Box approval = model.placement().blockProperty().get();
        assertThat(approval)
                .as("approval previewed between the profile's title and name")
                .isNotNull();
        assertThat(approval.page()).isEqualTo(3);
        model.placement().actionProperty().set(SignatureKind.INITIALS);
        assertThat(model.placement().marks()).extracting(Box::page).containsExactly(1, 2, 3);

        logIn(model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        chooseCertificate(model, KeyProfile.RSA_2048);
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.signatures().rows()).singleElement().satisfies(row -> assertThat(row.status())
                .isEqualTo(SignatureStatus.VALID));
        IndependentValidation.assertValid(dir.resolve("du-thao.initialed.pdf"), tokens.pki(), 1);
    }

    @Test
    void initialsOnlyTheChosenPagesAndRefusesAPageListThatMakesNoSense() throws Exception {
        Path input = new Decree30Pdf().pages(4).write(dir.resolve("dt.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.placement().actionProperty().set(SignatureKind.INITIALS);
        model.initialPagesProperty().set("1,3");
        model.replan();

        assertThat(model.placement().marks()).extracting(Box::page).containsExactly(1, 3);

        model.initialPagesProperty().set("3-1");
        model.sign();
        assertThat(dialogs.errors)
                .singleElement()
                .extracting(e -> e.message())
                .isEqualTo(english.get("place.badPages", "3-1"));
        assertThat(dir.resolve("dt.initialed.pdf")).doesNotExist();
    }

    @Test
    void cancellingRightAfterSignIsPressedStopsBeforeTheTokenIsUsedAndWritesNothing() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("huy.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        fixture.tasks = new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                model.cancel();
                BackgroundTasks.direct().run(work, done, failed);
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };

        model.sign();

        assertThat(model.statusProperty().get()).isEqualTo(english.get("sign.cancelled"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dir.resolve("huy.signed.pdf")).doesNotExist();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theSignedVersionOfASignatureOpensInTheViewer() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("cv.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.sign();
        model.placement().actionProperty().set(SignatureKind.INITIALS);
        model.sign();
        assertThat(model.signatures().rows()).hasSize(2);

        model.signatures().selectedProperty().set(model.signatures().rows().get(0));
        model.openSignedVersion();

        assertThat(model.titleProperty().get()).isEqualTo("VNSign — cv.signed.initialed.revision-1.pdf");
        assertThat(model.signatures().rows()).hasSize(1);
        assertThat(model.signatures().rows().get(0).status()).isEqualTo(SignatureStatus.VALID);
        assertThat(model.canSignProperty().get())
                .as("a shown revision is not signed")
                .isFalse();
        assertThat(model.statusProperty().get()).contains("revision-1.pdf");
        model.sign();
        assertThat(dir.resolve("cv.signed.initialed.revision-1.signed.pdf")).doesNotExist();
        assertThat(fixture.dialogs.pinPrompts).as("no further PIN asked").hasSize(1);

        model.open(dir.resolve("cv.signed.initialed.pdf"));
        assertThat(model.canSignProperty().get())
                .as("the current document signs again")
                .isTrue();
    }

    @Test
    void issuingWithoutASealImageSaysWhatIsMissingAndWithOneStampsTheApprovedDocument() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("qd.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.sign();
        model.placement().actionProperty().set(SignatureKind.ISSUE);
        model.sign();

        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.message())
                .isEqualTo(english.get("ui.error.IMAGE_MISSING")));

        DesktopFixture.giveTheClerkASeal(model, dir);
        model.placement().forgetHandPlacement();
        model.replan();
        assertThat(model.placement().blockProperty().get())
                .as("placed over the approval")
                .isNotNull();
        model.sign();

        assertThat(model.titleProperty().get()).isEqualTo("VNSign — qd.signed.issued.pdf");
        assertThat(model.signatures().rows())
                .extracting(SignatureRow::status)
                .containsExactly(SignatureStatus.VALID, SignatureStatus.VALID);
        IndependentValidation.assertValid(dir.resolve("qd.signed.issued.pdf"), tokens.pki(), 2);
    }

    @Test
    void aDocumentDroppedInTheInboxFolderIsListedSignedAndWrittenToTheOutboxFolder() throws Exception {
        Path inboxFolder = Files.createDirectories(dir.resolve("den"));
        Path outboxFolder = Files.createDirectories(dir.resolve("di"));
        Path waiting = new Decree30Pdf().write(inboxFolder.resolve("to-trinh.pdf"));
        Files.writeString(inboxFolder.resolve("ghi-chu.txt"), "not a PDF");
        byte[] original = Files.readAllBytes(waiting);
        MainViewModel model = model(false, inboxFolder.toString(), outboxFolder.toString());
        model.inbox().refresh();

        assertThat(model.inbox().items()).extracting(item -> item.name()).containsExactly("to-trinh.pdf");

        signingWithTheMainToken(model, model.inbox().items().get(0).file().orElseThrow());
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        assertThat(outboxFolder.resolve("to-trinh.signed.pdf")).exists();
        assertThat(inboxFolder.resolve("to-trinh.signed.pdf")).doesNotExist();
        assertThat(waiting).hasBinaryContent(original);
        IndependentValidation.assertValid(outboxFolder.resolve("to-trinh.signed.pdf"), tokens.pki(), 1);
    }

    /** A server with one document waiting to be initialled, and a model that lists it. */
    private MainViewModel withServerDocument(QlvbServer server, Clock clock) throws Exception {
        server.offer(new QlvbServer.Waiting(
                "vb-318",
                "Dự thảo quyết định về chuyển đổi số",
                "initial",
                "du-thao.pdf",
                Files.readAllBytes(new Decree30Pdf().write(dir.resolve("du-thao-goc.pdf")))));
        DocumentServer documents = new DocumentServer(server.apiUrl().toString(), QlvbServer.API_TOKEN, "");
        return model(false, null, null, documents, clock);
    }

    private static String sha256(java.security.cert.X509Certificate certificate) throws Exception {
        return java.util.HexFormat.of()
                .withUpperCase()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    @Test
    void aDocumentWaitingOnTheServerIsOpenedWithTheActionItAsksSignedAndReturnedOnce() throws Exception {
        try (QlvbServer server = new QlvbServer()) {
            MainViewModel model = withServerDocument(server, Clock.systemUTC());
            model.inbox().refresh();
            assertThat(model.inbox().items()).singleElement().satisfies(item -> {
                assertThat(item.name()).isEqualTo("Dự thảo quyết định về chuyển đổi số");
                assertThat(item.detail()).isEqualTo(english.get("action.INITIALS"));
            });
            logIn(model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
            chooseCertificate(model, KeyProfile.RSA_2048);

            model.openInbox(model.inbox().items().get(0));

            assertThat(model.placement().actionProperty().get()).isEqualTo(SignatureKind.INITIALS);
            assertThat(model.documentProperty().get().pageCount()).isEqualTo(2);
            model.sign();

            assertThat(dialogs.errors).isEmpty();
            assertThat(model.statusProperty().get()).contains("returned to the document system");
            assertThat(server.returned()).singleElement().satisfies(returned -> {
                assertThat(returned.documentId()).isEqualTo("vb-318");
                assertThat(returned.action()).isEqualTo("initial");
                assertThat(returned.signerFingerprint())
                        .isEqualTo(sha256(
                                tokens.pki().identity(KeyProfile.RSA_2048).certificate()));
                assertThat(java.time.Instant.parse(returned.signingTime()))
                        .isBetween(java.time.Instant.now().minusSeconds(120), java.time.Instant.now());
            });
            Path received = Files.write(
                    dir.resolve("received.pdf"), server.returned().get(0).content());
            IndependentValidation.assertValid(received, tokens.pki(), 1);
            assertThat(model.outbox().pending()).isEmpty();
            assertThat(model.inbox().items()).as("no longer waiting").isEmpty();
        }
    }

    @Test
    void aResultTheServerCannotTakeWaitsSurvivesARestartAndIsReturnedOnceWhenTheServerRecovers() throws Exception {
        try (QlvbServer server = new QlvbServer()) {
            MainViewModel first = withServerDocument(server, Clock.systemUTC());
            first.inbox().refresh();
            logIn(first, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
            chooseCertificate(first, KeyProfile.RSA_2048);
            first.openInbox(first.inbox().items().get(0));
            server.fail(QlvbServer.Fault.HTTP_500);

            first.sign();

            assertThat(first.statusProperty().get())
                    .contains("not returned yet")
                    .contains("HTTP 500");
            assertThat(first.outbox().pending()).singleElement().satisfies(pending -> assertThat(pending.text())
                    .contains("du-thao.initialed.pdf")
                    .contains("127.0.0.1")
                    .contains("1 failed attempt(s)")
                    .contains("HTTP 500"));
            Path copy = dir.resolve("usb").resolve("ban-sao.pdf");
            Files.createDirectories(copy.getParent());
            dialogs.saveLocation = Optional.of(copy);
            first.outbox().saveCopy(first.outbox().pending().get(0));
            first.outbox().remove(first.outbox().pending().get(0));
            assertThat(dialogs.questions).as("removing asks first").hasSize(1);
            assertThat(first.outbox().pending())
                    .as("not confirmed: still waiting")
                    .hasSize(1);
            first.shutdown();

            server.fail(QlvbServer.Fault.NONE);
            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
            MainViewModel restarted = model(false, null, null, null, later);
            restarted.outbox().refresh();
            assertThat(restarted.outbox().pending()).hasSize(1);
            restarted.outbox().retryDue();

            assertThat(restarted.outbox().pending()).isEmpty();
            assertThat(server.returned()).singleElement().satisfies(returned -> assertThat(returned.content())
                    .isEqualTo(Files.readAllBytes(copy)));
            IndependentValidation.assertValid(copy, tokens.pki(), 1);
        }
    }

    @Test
    void anUnreachableServerIsSaidAndTheFolderInboxStillLists() throws Exception {
        Path inboxFolder = Files.createDirectories(dir.resolve("den"));
        new Decree30Pdf().write(inboxFolder.resolve("cong-van.pdf"));
        MainViewModel model = model(
                false,
                inboxFolder.toString(),
                null,
                new DocumentServer("http://127.0.0.1:9/api/vnsign/v1", "x", ""),
                Clock.systemUTC());

        model.inbox().refresh();

        assertThat(model.inbox().items()).extracting(item -> item.name()).containsExactly("cong-van.pdf");
        assertThat(model.inbox().statusProperty().get())
                .contains("http://127.0.0.1:9/api/vnsign/v1")
                .contains("could not be listed");
    }

    @Test
    void signingTwiceNeverOverwritesTheFirstResult() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("cv.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.sign();
        long firstSize = Files.size(dir.resolve("cv.signed.pdf"));
        model.open(input);
        model.sign();

        assertThat(Files.size(dir.resolve("cv.signed.pdf"))).isEqualTo(firstSize);
        assertThat(dir.resolve("cv.signed-2.pdf")).exists();
    }

    @Test
    void aReadOnlyFolderAsksWhereToSaveAndTheSavedFileCanBeOpened() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("chi-doc"));
        Path input = new Decree30Pdf().write(folder.resolve("cv.pdf"));
        fixture.readOnlyFolders.add(folder.toAbsolutePath().normalize());
        MainViewModel model = signingWithTheMainToken(input);

        dialogs.saveLocation = Optional.empty();
        int prompts = dialogs.pinPrompts.size();
        model.sign();

        assertThat(dialogs.pinPrompts)
                .as("nothing is signed before a place is chosen")
                .hasSize(prompts);
        assertThat(model.statusProperty().get()).contains(folder.toString());
        assertThat(model.savedProperty().get()).isNull();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(input);
        }

        Path chosen = dir.resolve("cv-da-ky.pdf");
        dialogs.saveLocation = Optional.of(chosen);
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        assertThat(chosen).exists();
        assertThat(model.savedProperty().get()).isEqualTo(chosen.toAbsolutePath());
        assertThat(model.statusProperty().get())
                .contains(chosen.toAbsolutePath().toString());
        IndependentValidation.assertValid(chosen, tokens.pki(), 1);
    }

    @Test
    void aWrongPinIsReportedWithItsCodeAndNeverRetried() throws Exception {
        MainViewModel model = model(false);
        logIn(model, TestTokens.MAIN_LABEL, "000000");

        assertThat(dialogs.pinPrompts).hasSize(1);
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.message())
                    .as("SoftHSM2 reports CKF_USER_PIN_COUNT_LOW after a wrong PIN, and the text says so")
                    .isEqualTo(english.get("error.TOKEN_PIN_INCORRECT") + " " + english.get("pin.after.COUNT_LOW"));
            assertThat(error.details()).startsWith("TOKEN_PIN_INCORRECT");
        });
        assertThat(model.tokens().loggedInProperty().get()).isFalse();
        dialogs.answerPin(TestTokens.MAIN_PIN);
        model.tokens().refresh();
        assertThat(model.tokens().selectedTokenProperty().get().state())
                .as("the token's own warning after a wrong PIN")
                .contains(english.get("pin.state.COUNT_LOW"));
        model.tokens().login();
        assertThat(dialogs.pinPrompts.get(1).warning()).isEqualTo(english.get("pin.warning.COUNT_LOW"));
        assertThat(model.tokens().loggedInProperty().get()).isTrue();
    }

    @Test
    void withSeveralCertificatesTheUserChoosesNoneIsGuessed() throws Exception {
        MainViewModel model = model(false);
        logIn(model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);

        long suitable =
                model.tokens().certificates().stream().filter(c -> c.suitable()).count();
        assertThat(suitable).isGreaterThan(1);
        assertThat(model.tokens().selectedCertificateProperty().get()).isNull();
        assertThat(model.canSignProperty().get()).isFalse();
        assertThat(model.tokens().statusProperty().get())
                .isEqualTo(english.get("tokens.chooseCertificate", String.valueOf(suitable)));
    }

    @Test
    void aTokenListRefreshKeepsTheCertificateTheUserChose() throws Exception {
        MainViewModel model = signingWithTheMainToken(new Decree30Pdf().write(dir.resolve("a.pdf")));
        chooseCertificate(model, KeyProfile.EC_P256);

        model.tokens().refresh();

        assertThat(model.tokens().selectedCertificateProperty().get().name())
                .isEqualTo(KeyProfile.EC_P256.commonName());
        assertThat(model.tokens().loggedInProperty().get()).isTrue();
    }

    @Test
    void aTokenPluggedInOrPulledOutAppearsAndDisappearsWithoutARefresh() throws Exception {
        MainViewModel model = model(false);
        model.start();
        waitUntil(() -> labels(model).contains(TestTokens.MAIN_LABEL));

        tokens.softHsm()
                .createToken(
                        "Token cắm thêm VM",
                        "333333",
                        List.of(tokens.pki().identity(KeyProfile.RSA_2048)),
                        java.util.Set.of());
        try {
            waitUntil(() -> labels(model).contains("Token cắm thêm VM"));
        } finally {
            tokens.softHsm().deleteToken("Token cắm thêm VM");
        }
        waitUntil(() -> !labels(model).contains("Token cắm thêm VM"));
        assertThat(labels(model)).contains(TestTokens.MAIN_LABEL);
    }

    private static List<String> labels(MainViewModel model) {
        synchronized (model.tokens().tokens()) {
            return model.tokens().tokens().stream().map(TokenRow::label).toList();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out").isLessThan(end);
            Thread.sleep(100);
        }
    }

    @Test
    void cancellingThePinListsNothingAndShowsNoError() throws Exception {
        MainViewModel model = model(false);
        model.tokens().refresh();
        choose(model, TestTokens.MAIN_LABEL);
        dialogs.cancelPin();
        model.tokens().login();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.tokens().certificates()).isEmpty();
        assertThat(model.canSignProperty().get()).isFalse();
    }

    @Test
    void aFileThatIsNotAPdfGetsAClearErrorAndNothingOpens() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("letter.pdf"), "not a PDF at all");
        MainViewModel model = model(false);
        model.open(notPdf);

        assertThat(dialogs.errors)
                .singleElement()
                .extracting(e -> e.message())
                .isEqualTo(english.get("open.notPdf", "letter.pdf"));
        assertThat(model.documentProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("VNSign");
    }

    @Test
    void anEncryptedPdfOpensWithThePasswordTheUserTypes() throws Exception {
        Path locked = new Decree30Pdf().writeEncrypted(dir.resolve("mat.pdf"), "mật-khẩu", "owner");
        MainViewModel model = model(false);
        dialogs.password = Optional.of("mật-khẩu");
        model.open(locked);

        assertThat(model.documentProperty().get()).isNotNull();
        assertThat(model.preview().pageCountProperty().get()).isEqualTo(2);
    }

    @Test
    void aWrongPdfPasswordIsSaidWhenThePasswordIsAskedAgain() throws Exception {
        Path locked = new Decree30Pdf().writeEncrypted(dir.resolve("mat.pdf"), "mật-khẩu", "owner");
        MainViewModel model = model(false);
        dialogs.passwords.add(Optional.of("sai"));
        dialogs.passwords.add(Optional.of("mật-khẩu"));
        model.open(locked);

        assertThat(dialogs.passwordPrompts).containsExactly(false, true);
        assertThat(model.documentProperty().get()).isNotNull();
    }

    @Test
    void theDemoTokenSignsWithAWatermarkAndItsSignaturesVerifyOnThisMachine() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("thu.pdf"));
        MainViewModel model = model(true);
        logIn(model, english.get("tokens.demo"), org.vnsign.app.demo.DemoToken.PIN);
        model.open(input);
        model.placement().actionProperty().set(SignatureKind.INITIALS);
        model.sign();
        model.placement().actionProperty().set(SignatureKind.APPROVAL);
        model.placement().draw(2, 300, 100, 480, 170);
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.tokens().tokens())
                .filteredOn(org.vnsign.app.tokens.TokenRow::demo)
                .extracting(org.vnsign.app.tokens.TokenRow::detail)
                .as("a file says it is a file, once")
                .containsExactly("Certificate file (PKCS#12)");
        assertThat(model.tokens().tokens())
                .extracting(org.vnsign.app.tokens.TokenRow::detail)
                .noneMatch(detail -> detail.contains("PKCS#12 PKCS#12") || detail.contains("SoftHSM v2 SoftHSM"));
        assertThat(dialogs.pinPrompts.get(0).hint()).contains(org.vnsign.app.demo.DemoToken.PIN);
        assertThat(model.signatures().rows()).hasSize(2).allSatisfy(row -> {
            assertThat(row.status())
                    .as("intact, but a DEMO signature is never green")
                    .isEqualTo(SignatureStatus.DEMO);
            assertThat(row.demo()).isTrue();
        });
        assertThat(model.signatures().summaryProperty().get()).startsWith(english.get("signatures.demoHeadline"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(
                dir.resolve("thu.initialed.signed.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("DEMO");
        }
    }

    /** Settings as they were, with the agency's seal image added (what the clerk sets once). */

    /** Issue 22: the clerk's day at the desk: issue with a number and date, then the three copy forms. */
    @Test
    void theClerkIssuesWithNumberAndDateAndMakesEachFormOfCopy() throws Exception {
        Path input = new Decree30Pdf()
                .numberAndDateLines("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026")
                .write(dir.resolve("qd.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.sign();
        DesktopFixture.giveTheClerkASeal(model, dir);
        model.placement().actionProperty().set(SignatureKind.ISSUE);
        model.clerk().documentNumberProperty().set("123/QĐ-BTC");
        model.clerk().issuedDateProperty().set(java.time.LocalDate.of(2026, 12, 7));
        model.placement().forgetHandPlacement();
        model.replan();
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        Path issued = dir.resolve("qd.signed.issued.pdf");
        assertThat(PdfText.firstPage(issued))
                .containsPattern("Số: +123/QĐ-BTC")
                .containsPattern("ngày +07 +tháng +12 +năm 2026");
        IndependentValidation.assertValid(issued, tokens.pki(), 2);

        for (org.vnsign.signer.CopyForm form : org.vnsign.signer.CopyForm.values()) {
            model.open(issued);
            model.placement().actionProperty().set(SignatureKind.COPY);
            model.clerk().copyFormProperty().set(form);
            model.clerk().documentNumberProperty().set("0" + (form.ordinal() + 1) + "/SY-VP");
            model.sign();
            assertThat(dialogs.errors).as(form.name()).isEmpty();
            Path copy = model.documentProperty().get().file();
            assertThat(PdfText.withWidgets(copy))
                    .as(form.name())
                    .contains(form.label())
                    .contains("Số: 0" + (form.ordinal() + 1) + "/SY-VP");
            IndependentValidation.assertValid(copy, tokens.pki(), 3);
        }
    }

    @Test
    void theReceivingClerkStampsTheIncomingDocumentAndTheLeaderCommentsAndEverySignatureStaysValid() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("den.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        model.sign();
        Path received = model.documentProperty().get().file();

        model.placement().actionProperty().set(SignatureKind.INCOMING);
        model.clerk().documentNumberProperty().set("245");
        model.clerk().stampCornerProperty().set(org.vnsign.signer.Corner.TOP_LEFT);
        model.replan();
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        Path stamped = model.documentProperty().get().file();
        assertThat(stamped.getFileName().toString()).endsWith(".received.pdf");
        assertThat(PdfText.withWidgets(stamped)).containsPattern("ĐẾN +Số: 245").contains("Ngày: ");
        IndependentValidation.assertValid(stamped, tokens.pki(), 2);

        model.placement().actionProperty().set(SignatureKind.COMMENT);
        model.replan();
        model.sign();
        assertThat(dialogs.errors)
                .as("an empty comment is refused, nothing signed")
                .singleElement()
                .extracting(e -> e.message())
                .asString()
                .contains("The comment is empty");
        dialogs.errors.clear();

        model.clerk().commentProperty().set("Giao Vụ Ngân sách nhà nước chủ trì, báo cáo trước ngày 15/12.");
        model.replan();
        model.sign();

        assertThat(dialogs.errors).isEmpty();
        Path commented = model.documentProperty().get().file();
        assertThat(commented.getFileName().toString()).endsWith(".commented.pdf");
        assertThat(PdfText.withWidgets(commented).replaceAll("\\s+", " "))
                .contains("Ý kiến: Giao Vụ Ngân sách nhà nước chủ trì, báo cáo trước ngày 15/12.");
        IndependentValidation.assertValid(commented, tokens.pki(), 3);
        assertThat(model.signatures().rows().get(2).summary())
                .as("the signatures panel shows the signed comment with its signature")
                .contains("Ý kiến: Giao Vụ Ngân sách nhà nước chủ trì, báo cáo trước ngày 15/12.");
        assertThat(received).exists();
    }

    /** Issue 22: the desktop signs several files without a server, each looked at, with one log-in. */
    @Test
    void signingSeveralFilesLooksAtEachAndSignsAllWithOneLogIn() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            files.add(new Decree30Pdf().write(dir.resolve("to-trinh-" + i + ".pdf")));
        }
        MainViewModel model = signingWithTheMainToken(files.get(0));
        int pins = dialogs.pinPrompts.size();
        dialogs.documents = files;

        model.signSeveral();
        BatchDesk batch = model.bridge().batches();
        assertThat(batch.shownProperty().get()).isNotNull();
        assertThat(model.documentProperty().get().file()).isEqualTo(files.get(0));
        batch.signAll();
        assertThat(dir.resolve("to-trinh-1.signed.pdf"))
                .as("nothing signed unseen")
                .doesNotExist();
        batch.showNext();
        batch.showNext();
        assertThat(model.documentProperty().get().file()).isEqualTo(files.get(2));
        batch.signAll();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.pinPrompts).as("the log-in's PIN serves every file").hasSize(pins);
        assertThat(model.statusProperty().get()).isEqualTo(english.get("batch.signed", "3", "3"));
        for (int i = 1; i <= 3; i++) {
            IndependentValidation.assertValid(dir.resolve("to-trinh-" + i + ".signed.pdf"), tokens.pki(), 1);
        }
        assertThat(batch.shownProperty().get()).isNull();
    }

    /** The incoming stamp starts from the corner chosen in Settings (issue 22: a configurable corner). */
    @Test
    void theIncomingStampStartsFromTheCornerChosenInSettings() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("den-2.pdf"));
        MainViewModel model = signingWithTheMainToken(input);
        var settings = new org.vnsign.app.settings.SettingsViewModel(
                model.settingsProperty().get(), english);
        settings.stampCornerProperty().set("BOTTOM_RIGHT");
        model.saveSettings(settings.toSettings().orElseThrow());

        assertThat(model.clerk().stampCornerProperty().get()).isEqualTo(org.vnsign.signer.Corner.BOTTOM_RIGHT);
        model.placement().actionProperty().set(SignatureKind.INCOMING);
        model.replan();
        Box stamp = model.placement().blockProperty().get();
        assertThat(stamp.page()).isEqualTo(1);
        assertThat(stamp.y()).as("in the lower half of page 1").isLessThan(421);
        assertThat(stamp.x()).as("in the right half").isGreaterThan(297);
    }
}
