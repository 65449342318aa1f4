package nl.geboortezorg.werkplaats.documents;

import static nl.geboortezorg.werkplaats.documents.TestFiles.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.RegionArchivedException;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DocumentServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    RegionService regions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    @Value("${wsg.documents.dir}")
    Path directory;

    long denHaag;

    @BeforeEach
    void regions() {
        SignIn.as(users, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
    }

    private Document upload(String title, PublicationLevel level, String name, byte[] content) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        StagedUpload staged = documents.receive(name, stream(content));
        return documents.add(denHaag, new DocumentDraft(title, "Omschrijving", level), staged);
    }

    private static FieldProblem refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().getFirst();
        }
        throw new AssertionError("Expected the file to be refused");
    }

    private long staged() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("staging"))) {
            return files.count();
        }
    }

    @Test
    void an_upload_is_stored_with_its_checksum_and_downloads_under_its_original_name() throws Exception {
        byte[] content = TestFiles.office("ppt/", false);
        Document document = upload(
                "Presentatie landelijke dag",
                PublicationLevel.NATIONAL,
                "C:\\Users\\daan\\Presentatie Zuid‑Holland 2026.pptx",
                content);

        assertThat(document.type()).isEqualTo(FileType.PPTX);
        assertThat(document.originalName()).isEqualTo("Presentatie Zuid‑Holland 2026.pptx");
        assertThat(document.size()).isEqualTo(content.length);
        assertThat(document.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        DocumentDownload download = documents.download(document.id()).orElseThrow();
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(download.fileName()).isEqualTo("Presentatie Zuid‑Holland 2026.pptx");
        assertThat(download.mediaType()).isEqualTo(FileType.PPTX.mediaType());

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("document", null, null, null), 0, 100).stream()
                        .filter(e -> e.entityId().equals(String.valueOf(document.id())))
                        .map(AuditEvent::action))
                .containsExactly("create");
    }

    @Test
    void each_allowed_type_is_recognised_from_its_content() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Map<String, byte[]> files = Map.of(
                "verslag.pdf",
                TestFiles.pdf(),
                "foto.png",
                TestFiles.png(),
                "foto.JPEG",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10},
                "afspraken.docx",
                TestFiles.office("word/", false),
                "begroting.xlsx",
                TestFiles.office("xl/", false),
                "dia's.pptx",
                TestFiles.office("ppt/", false));
        Map<String, FileType> expected = Map.of(
                "verslag.pdf",
                FileType.PDF,
                "foto.png",
                FileType.PNG,
                "foto.JPEG",
                FileType.JPEG,
                "afspraken.docx",
                FileType.DOCX,
                "begroting.xlsx",
                FileType.XLSX,
                "dia's.pptx",
                FileType.PPTX);
        files.forEach((name, content) -> {
            StagedUpload staged = documents.receive(name, stream(content));
            assertThat(staged.type()).as(name).isEqualTo(expected.get(name));
            documents.discard(staged);
        });
    }

    @Test
    void executables_wrong_types_and_content_that_does_not_match_the_name_are_refused_with_the_reason()
            throws IOException {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long before = staged();

        assertThat(refusal(() -> documents.receive("verslag.pdf", stream(TestFiles.windowsProgram())))
                        .messageKey())
                .isEqualTo("document.file.executable");
        assertThat(refusal(() -> documents.receive("setup.exe", stream(TestFiles.windowsProgram())))
                        .messageKey())
                .isEqualTo("document.file.executable");
        assertThat(refusal(() -> documents.receive("script.sh", stream("#!/bin/sh\nrm -rf /".getBytes())))
                        .messageKey())
                .isEqualTo("document.file.executable");
        FieldProblem mismatch = refusal(() -> documents.receive("verslag.pdf", stream(TestFiles.png())));
        assertThat(mismatch.messageKey()).isEqualTo("document.file.content-mismatch");
        assertThat(mismatch.arguments()).containsExactly("pdf", "png");
        assertThat(refusal(() -> documents.receive("begroting.xlsx", stream(TestFiles.office("word/", false))))
                        .messageKey())
                .isEqualTo("document.file.content-mismatch");
        assertThat(refusal(() -> documents.receive("notities.txt", stream("tekst".getBytes())))
                        .messageKey())
                .isEqualTo("document.file.type-not-allowed");
        assertThat(refusal(() -> documents.receive("verslag.pdf", stream("gewone tekst".getBytes())))
                        .messageKey())
                .isEqualTo("document.file.unknown-content");
        assertThat(refusal(() -> documents.receive("leeg.pdf", stream(new byte[0])))
                        .messageKey())
                .isEqualTo("document.file.empty");
        assertThat(refusal(() -> documents.receive("macro.docx", stream(TestFiles.office("word/", true))))
                        .messageKey())
                .isEqualTo("document.file.macros");
        assertThat(staged()).as("nothing refused is kept").isEqualTo(before);
    }

    @Test
    void a_file_over_the_limit_is_refused_with_the_limit_before_it_is_read_whole() throws IOException {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long before = staged();
        TestFiles.Endless endless = new TestFiles.Endless();

        FieldProblem problem = refusal(() -> documents.receive("groot.pdf", endless));

        assertThat(problem.messageKey()).isEqualTo("document.file.too-large");
        assertThat(problem.arguments()).containsExactly(documents.maxSize().toMegabytes());
        assertThat(endless.bytesRead()).isLessThan(documents.maxSize().toBytes() + 128 * 1024);
        assertThat(staged()).isEqualTo(before);
    }

    @Test
    void observers_and_anonymous_visitors_may_not_upload_and_other_regions_may_not_save_here() {
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> documents.receive("a.pdf", stream(TestFiles.pdf())))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> documents.receive("a.pdf", stream(TestFiles.pdf())))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.UTRECHT);
        StagedUpload staged = documents.receive("a.pdf", stream(TestFiles.pdf()));
        assertThatThrownBy(() -> documents.add(denHaag, new DocumentDraft("X", null, PublicationLevel.REGION), staged))
                .isInstanceOf(AccessDeniedException.class);
        documents.discard(staged);
    }

    @Test
    void a_document_needs_a_title_and_level_and_keeps_the_received_file_for_a_second_try() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        StagedUpload staged = documents.receive("a.pdf", stream(TestFiles.pdf()));
        assertThatThrownBy(() -> documents.add(denHaag, new DocumentDraft(" ", "x".repeat(2_001), null), staged))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("title", "description", "level"));
        Document saved = documents.add(denHaag, new DocumentDraft("Verslag", null, PublicationLevel.REGION), staged);
        assertThat(saved.title()).isEqualTo("Verslag");
    }

    @Test
    void who_reads_a_document_follows_its_level_for_every_role_and_for_anonymous_visitors() {
        Document regional = upload("Regionaal", PublicationLevel.REGION, "r.pdf", TestFiles.pdf());
        Document national = upload("Landelijk", PublicationLevel.NATIONAL, "n.pdf", TestFiles.pdf());
        Document open = upload("Openbaar", PublicationLevel.PUBLIC, "o.pdf", TestFiles.pdf());
        List<Document> all = List.of(regional, national, open);
        Map<String, List<Document>> expected = Map.of(
                DemoUsers.ADMIN,
                all,
                DemoUsers.FACILITATOR,
                all,
                DemoUsers.DEN_HAAG,
                all,
                DemoUsers.UTRECHT,
                List.of(national, open),
                DemoUsers.OBSERVER,
                List.of(national, open));
        for (Map.Entry<String, List<Document>> who : expected.entrySet()) {
            SignIn.as(users, who.getKey());
            List<Long> listed = documents.find(DocumentFilter.all().inRegion(denHaag), 0, 500).stream()
                    .map(Document::id)
                    .toList();
            for (Document document : all) {
                boolean may = who.getValue().contains(document);
                assertThat(listed.contains(document.id()))
                        .as(who.getKey() + " lists " + document.title())
                        .isEqualTo(may);
                assertThat(documents.download(document.id()).isPresent())
                        .as(who.getKey() + " downloads " + document.title())
                        .isEqualTo(may);
            }
        }
        SignIn.out();
        assertThat(documents.findPublic(null, 0, 500))
                .extracting(Document::id)
                .contains(open.id())
                .doesNotContain(regional.id(), national.id());
        assertThat(documents.download(open.id())).isPresent();
        assertThat(documents.download(national.id())).isEmpty();
        assertThatThrownBy(() -> documents.find(DocumentFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documents_are_linked_by_those_who_may_write_the_item_and_shown_only_to_who_may_read_them() {
        Document regional = upload("Convenant", PublicationLevel.REGION, "c.pdf", TestFiles.pdf());
        Document national = upload("Rapport", PublicationLevel.NATIONAL, "r.pdf", TestFiles.pdf());
        Bottleneck bottleneck = bottlenecks.raise(
                denHaag,
                new BottleneckDraft(
                        "Knelpunt met bijlage", "Omschrijving", BottleneckCategory.FINANCING, null, null, null));
        LinkTarget target = LinkTarget.bottleneck(bottleneck.id());

        documents.link(regional.id(), target);
        documents.link(national.id(), target);
        documents.link(national.id(), target);
        assertThat(documents.linkedTo(target))
                .extracting(Document::id)
                .containsExactlyInAnyOrder(regional.id(), national.id());

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(documents.mayLink(target)).isFalse();
        assertThatThrownBy(() -> documents.link(national.id(), target)).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.linkedTo(target)).extracting(Document::id).containsExactly(national.id());
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> documents.unlink(national.id(), target)).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.mayLink(LinkTarget.bottleneck(Long.MAX_VALUE))).isFalse();

        SignIn.as(users, DemoUsers.DEN_HAAG);
        documents.unlink(regional.id(), target);
        assertThat(documents.linkedTo(target)).extracting(Document::id).containsExactly(national.id());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] bytes(DocumentDownload download) throws IOException {
        try (InputStream in = download.content()) {
            return in.readAllBytes();
        }
    }

    private List<String> auditActions(long documentId) {
        SignIn.as(users, DemoUsers.ADMIN);
        return audit.find(new AuditFilter("document", null, null, null), 0, 100).stream()
                .filter(e -> e.entityId().equals(String.valueOf(documentId)))
                .map(AuditEvent::action)
                .toList();
    }

    @Test
    void a_replaced_file_becomes_the_download_and_every_version_stays_downloadable_with_its_checksum()
            throws Exception {
        byte[] first = TestFiles.pdf();
        byte[] second = TestFiles.office("word/", false);
        Document original = upload("Convenant", PublicationLevel.NATIONAL, "convenant.pdf", first);
        Bottleneck bottleneck = bottlenecks.raise(
                denHaag,
                new BottleneckDraft("Met convenant", "Omschrijving", BottleneckCategory.FINANCING, null, null, null));
        documents.link(original.id(), LinkTarget.bottleneck(bottleneck.id()));

        StagedUpload staged = documents.receive("convenant 2027.docx", stream(second));
        Document replaced = documents.replaceFile(original.id(), original.version(), staged);

        assertThat(replaced.id()).isEqualTo(original.id());
        assertThat(replaced.version()).isEqualTo(original.version() + 1);
        assertThat(replaced.title()).isEqualTo("Convenant");
        assertThat(replaced.description()).isEqualTo("Omschrijving");
        assertThat(replaced.level()).isEqualTo(PublicationLevel.NATIONAL);
        assertThat(replaced.originalName()).isEqualTo("convenant 2027.docx");
        assertThat(replaced.type()).isEqualTo(FileType.DOCX);
        assertThat(replaced.size()).isEqualTo(second.length);
        assertThat(replaced.sha256()).isEqualTo(sha256(second));
        assertThat(documents.linkedTo(LinkTarget.bottleneck(bottleneck.id())))
                .extracting(Document::id)
                .containsExactly(original.id());

        DocumentDownload current = documents.download(original.id()).orElseThrow();
        assertThat(current.fileName()).isEqualTo("convenant 2027.docx");
        assertThat(current.mediaType()).isEqualTo(FileType.DOCX.mediaType());
        assertThat(bytes(current)).isEqualTo(second);

        // a reader of another region sees and downloads both versions
        SignIn.as(users, DemoUsers.UTRECHT);
        List<DocumentFileVersion> versions = documents.fileVersions(original.id());
        assertThat(versions).extracting(DocumentFileVersion::number).containsExactly(2, 1);
        assertThat(versions)
                .extracting(DocumentFileVersion::originalName)
                .containsExactly("convenant 2027.docx", "convenant.pdf");
        assertThat(versions).extracting(DocumentFileVersion::sha256).containsExactly(sha256(second), sha256(first));
        assertThat(versions).extracting(DocumentFileVersion::size).containsExactly((long) second.length, (long)
                first.length);
        assertThat(versions).extracting(DocumentFileVersion::type).containsExactly(FileType.DOCX, FileType.PDF);
        assertThat(versions).allSatisfy(v -> assertThat(v.uploadedBy()).isNotBlank());
        DocumentDownload one = documents.downloadVersion(original.id(), 1).orElseThrow();
        assertThat(one.fileName()).isEqualTo("convenant.pdf");
        assertThat(one.mediaType()).isEqualTo(FileType.PDF.mediaType());
        assertThat(sha256(bytes(one))).isEqualTo(versions.get(1).sha256());
        DocumentDownload two = documents.downloadVersion(original.id(), 2).orElseThrow();
        assertThat(sha256(bytes(two))).isEqualTo(versions.get(0).sha256());
        assertThat(documents.downloadVersion(original.id(), 3)).isEmpty();

        assertThat(auditActions(original.id())).containsExactly("replace-file", "create");
        AuditEvent replacement = audit.find(new AuditFilter("document", null, null, null), 0, 100).stream()
                .filter(e -> e.entityId().equals(String.valueOf(original.id()))
                        && e.action().equals("replace-file"))
                .findFirst()
                .orElseThrow();
        assertThat(replacement.changeJson())
                .contains("\"previousSha256\":\"" + sha256(first) + "\"")
                .contains("\"sha256\":\"" + sha256(second) + "\"")
                .contains("\"fileVersion\":2");
    }

    @Test
    void a_stale_replacement_changes_nothing_and_discards_the_received_file() throws Exception {
        byte[] first = TestFiles.pdf();
        Document original = upload("Werkafspraken", PublicationLevel.REGION, "afspraken.pdf", first);
        Document renamed = documents.update(
                original.id(),
                original.version(),
                new DocumentDraft("Werkafspraken 2027", null, PublicationLevel.REGION));
        long before = staged();
        StagedUpload staged = documents.receive("afspraken.png", stream(TestFiles.png()));
        assertThat(staged()).isEqualTo(before + 1);

        assertThatThrownBy(() -> documents.replaceFile(original.id(), original.version(), staged))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(staged()).as("the received file is discarded").isEqualTo(before);
        Document now = documents.get(original.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(renamed.version());
        assertThat(now.originalName()).isEqualTo("afspraken.pdf");
        assertThat(now.sha256()).isEqualTo(sha256(first));
        assertThat(documents.fileVersions(original.id()))
                .extracting(DocumentFileVersion::number)
                .containsExactly(1);
        assertThat(bytes(documents.download(original.id()).orElseThrow())).isEqualTo(first);
        assertThat(auditActions(original.id())).doesNotContain("replace-file");
    }

    @Test
    void the_same_file_again_is_refused_with_the_reason_and_the_received_file_is_kept_for_another_try() {
        byte[] content = TestFiles.pdf();
        Document original = upload("Jaarplan", PublicationLevel.REGION, "jaarplan.pdf", content);
        StagedUpload same = documents.receive("jaarplan kopie.pdf", stream(content));

        assertThat(refusal(() -> documents.replaceFile(original.id(), original.version(), same))
                        .messageKey())
                .isEqualTo("document.replace.same-file");
        assertThat(documents.get(original.id()).orElseThrow().version()).isEqualTo(original.version());
        documents.discard(same);
    }

    @Test
    void only_who_may_change_the_document_replaces_its_file_and_readers_only_see_versions_they_may_read()
            throws IOException {
        Document national = upload("Landelijk rapport", PublicationLevel.NATIONAL, "rapport.pdf", TestFiles.pdf());
        Document regional = upload("Regionale notitie", PublicationLevel.REGION, "notitie.pdf", TestFiles.pdf());

        for (String who : List.of(DemoUsers.UTRECHT, DemoUsers.OBSERVER)) {
            SignIn.as(users, DemoUsers.DEN_HAAG);
            StagedUpload staged = documents.receive("rapport.png", stream(TestFiles.png()));
            SignIn.as(users, who);
            assertThat(documents.mayChange(national)).as(who).isFalse();
            assertThatThrownBy(() -> documents.replaceFile(national.id(), national.version(), staged))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(documents.fileVersions(national.id())).as(who).hasSize(1);
            assertThat(documents.fileVersions(regional.id())).as(who).isEmpty();
            assertThat(documents.downloadVersion(regional.id(), 1)).as(who).isEmpty();
            DocumentDownload download =
                    documents.downloadVersion(national.id(), 1).orElseThrow();
            download.content().close();
            SignIn.as(users, DemoUsers.DEN_HAAG);
            documents.discard(staged);
        }
        SignIn.out();
        assertThat(documents.fileVersions(national.id())).isEmpty();
        assertThat(documents.downloadVersion(national.id(), 1)).isEmpty();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(documents.get(national.id()).orElseThrow().version()).isEqualTo(national.version());
    }

    @Test
    void a_document_of_an_archived_region_keeps_its_file() throws IOException {
        Document document = upload("Archiefstuk", PublicationLevel.REGION, "archief.pdf", TestFiles.pdf());
        StagedUpload staged = documents.receive("archief.png", stream(TestFiles.png()));
        SignIn.as(users, DemoUsers.ADMIN);
        Region region = regions.workspace("den-haag").orElseThrow().region();
        regions.archiveRegion(region.id(), region.version());

        for (String who : List.of(DemoUsers.DEN_HAAG, DemoUsers.ADMIN)) {
            SignIn.as(users, who);
            assertThat(documents.mayChange(document)).as(who).isFalse();
            assertThatThrownBy(() -> documents.replaceFile(document.id(), document.version(), staged))
                    .as(who)
                    .isInstanceOf(RegionArchivedException.class);
        }
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(documents.fileVersions(document.id()))
                .extracting(DocumentFileVersion::number)
                .containsExactly(1);
        assertThat(documents.get(document.id()).orElseThrow().originalName()).isEqualTo("archief.pdf");
        documents.discard(staged);
    }

    @Test
    void removing_a_document_removes_its_links_and_a_stale_change_is_refused() {
        Document document = upload("Oud", PublicationLevel.NATIONAL, "o.pdf", TestFiles.pdf());
        Bottleneck bottleneck = bottlenecks.raise(
                denHaag,
                new BottleneckDraft("Met bijlage", "Omschrijving", BottleneckCategory.FINANCING, null, null, null));
        documents.link(document.id(), LinkTarget.bottleneck(bottleneck.id()));
        Document renamed = documents.update(
                document.id(), document.version(), new DocumentDraft("Nieuw", null, PublicationLevel.PUBLIC));
        assertThatThrownBy(() -> documents.remove(document.id(), document.version()))
                .isInstanceOf(ConcurrentEditException.class);

        documents.remove(renamed.id(), renamed.version());

        assertThat(documents.get(document.id())).isEmpty();
        assertThat(documents.linkedTo(LinkTarget.bottleneck(bottleneck.id()))).isEmpty();
    }
}
