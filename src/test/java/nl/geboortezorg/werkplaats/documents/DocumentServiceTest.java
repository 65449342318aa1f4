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
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
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
