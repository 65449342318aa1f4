package nl.geboortezorg.werkplaats.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** PDFs draw inline SVG (the charts) and load nothing from elsewhere. */
class PdfDocumentTest {

    private static BufferedImage firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }

    @Test
    void inline_svg_is_drawn() throws IOException {
        byte[] pdf = PdfDocument.render(
                "<p>Grafiek</p><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" "
                        + "height=\"200\" viewBox=\"0 0 200 200\"><rect width=\"200\" height=\"200\" fill=\"black\"/></svg>",
                "Grafiek",
                "nl");

        BufferedImage page = firstPage(pdf);
        // A4 at 72 dpi, 2 cm (57 px) margins: the square starts below the paragraph at the left margin.
        assertThat(page.getRGB(57 + 100, 57 + 120) & 0xFFFFFF).isEqualTo(0x000000);
        assertThat(page.getRGB(57 + 300, 57 + 120) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void svg_that_points_elsewhere_loads_nothing() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            BufferedImage black = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(black, "png", png);
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.size());
            exchange.getResponseBody().write(png.toByteArray());
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/picture.png";
            byte[] pdf = PdfDocument.render(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\" height=\"200\"><image width=\"200\" "
                            + "height=\"200\" xlink:href=\"" + url + "\"/></svg><img src=\"" + url + "\"/>",
                    "Extern",
                    "nl");

            assertThat(requests.get()).isZero();
            assertThat(firstPage(pdf).getRGB(57 + 100, 57 + 100) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        } finally {
            server.stop(0);
        }
    }
}
