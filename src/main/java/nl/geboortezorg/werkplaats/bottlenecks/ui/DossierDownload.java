package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossier;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDownload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Compile the dossier": compiles on a background thread as the reader, showing how far it got,
 * while the page stays usable; then offers the PDF, and a zip of the PDF with the documents the
 * reader may download (read again, with their access, when the zip is downloaded).
 */
final class DossierDownload extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(DossierDownload.class);

    /** Compiles the dossiers, telling how many are done. */
    interface Compile {
        List<EvidenceDossier> compile(IntConsumer progress);
    }

    private final String idPrefix;
    private final String fileBase;
    private final String title;
    private final IntSupplier expected;
    private final Compile compile;
    private final DossierCompiler compiler;
    private final Translator texts;
    private final Locale locale;
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div ready = new Div();
    private @Nullable CompletableFuture<Void> building;

    DossierDownload(
            String idPrefix,
            String fileBase,
            String title,
            IntSupplier expected,
            Compile compile,
            DossierCompiler compiler,
            Translator texts,
            Locale locale) {
        this.idPrefix = idPrefix;
        this.fileBase = fileBase;
        this.title = title;
        this.expected = expected;
        this.compile = compile;
        this.compiler = compiler;
        this.texts = texts;
        this.locale = locale;
        setId(idPrefix);
        addClassName("dossier-download");
        start.setText(texts.translate("dossier.compile"));
        start.setIcon(VaadinIcon.FILE_TEXT_O.create());
        start.setId(idPrefix + "-compile");
        start.addClickListener(click -> begin());
        progress.setId(idPrefix + "-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", texts.translate("dossier.progress-label"));
        status.setId(idPrefix + "-status");
        status.getElement().setAttribute("role", "status");
        add(start, progress, status, ready);
    }

    /** The compilation under way or done, for a test to wait on; null before it began. */
    @Nullable CompletableFuture<Void> building() {
        return building;
    }

    private void begin() {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        ready.removeAll();
        progress.setVisible(true);
        int items = expected.getAsInt();
        progress.setIndeterminate(items <= 1);
        progress.setMin(0);
        progress.setMax(Math.max(1, items));
        progress.setValue(0);
        status.setText(texts.translate("dossier.compiling"));
        Runnable work = () -> {
            try {
                List<EvidenceDossier> dossiers = compile.compile(done -> ui.access(() -> {
                    progress.setValue(Math.min(done, progress.getMax()));
                    status.setText(texts.translate("dossier.compiling-count", done, items));
                }));
                byte[] pdf = DossierPdf.render(texts, locale.getLanguage(), title, dossiers, compiler.regionNames());
                ui.access(() -> offer(dossiers, pdf));
            } catch (RuntimeException failed) {
                LOG.error("Compiling the dossier {} failed", fileBase, failed);
                ui.access(() -> {
                    progress.setVisible(false);
                    start.setEnabled(true);
                    status.setText(texts.translate("dossier.failed"));
                });
                throw failed;
            }
        };
        building = CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()), compiler.threads());
    }

    private void offer(List<EvidenceDossier> dossiers, byte[] pdf) {
        progress.setVisible(false);
        start.setEnabled(true);
        start.setText(texts.translate("dossier.compile-again"));
        status.setText(texts.translate("dossier.ready"));
        String name = fileBase + "-" + compiler.today();
        Anchor pdfLink = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(pdf), name + ".pdf", "application/pdf", pdf.length)),
                texts.translate("dossier.download-pdf"));
        pdfLink.setId(idPrefix + "-pdf");
        Map<Long, Document> files = new LinkedHashMap<>();
        dossiers.forEach(d -> d.documents().forEach(document -> files.putIfAbsent(document.id(), document)));
        Anchor zipLink = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(name + ".zip");
                    event.setContentType("application/zip");
                    try (OutputStream out = event.getOutputStream()) {
                        zip(out, name + ".pdf", pdf, files.values());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                texts.translate("dossier.download-zip", files.size()));
        zipLink.setId(idPrefix + "-zip");
        ready.removeAll();
        ready.add(pdfLink, new Span(" · "), zipLink);
    }

    /** The PDF and, under "documenten/", each document the reader may still download now. */
    private void zip(OutputStream out, String pdfName, byte[] pdf, Iterable<Document> documents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(pdfName));
            zip.write(pdf);
            zip.closeEntry();
            for (Document document : documents) {
                java.util.Optional<DocumentDownload> file = compiler.documents().download(document.id());
                if (file.isEmpty()) {
                    continue;
                }
                try (InputStream content = file.get().content()) {
                    zip.putNextEntry(new ZipEntry("documenten/" + document.id() + "-"
                            + safeName(file.get().fileName())));
                    content.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** A file name without folders or characters a zip program would take for them. */
    static String safeName(String name) {
        String plain = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return plain.isEmpty() || plain.startsWith(".") ? "document" + plain : plain;
    }
}
