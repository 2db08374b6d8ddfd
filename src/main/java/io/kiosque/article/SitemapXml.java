package io.kiosque.article;

import io.kiosque.text.Unicode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemaps (sitemaps.org 0.9) and Google News sitemaps; the writer escapes, {@link Unicode#xmlSafe} drops what XML forbids. */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** An article in the full sitemap. */
    record Url(String loc, Instant lastModified) {}

    /** An article in the news sitemap. */
    record NewsUrl(String loc, String title, String language, Instant publishedAt) {}

    private SitemapXml() {}

    static byte[] urlset(List<Url> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Url url : urls) {
                w.writeStartElement("url");
                element(w, "loc", url.loc());
                element(w, "lastmod", instant(url.lastModified()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** An index of {@code pages} sitemaps, whose addresses {@code pageUrl} gives (1-based). */
    static byte[] index(int pages, IntFunction<String> pageUrl, Instant lastModified) {
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (int page = 1; page <= pages; page++) {
                w.writeStartElement("sitemap");
                element(w, "loc", pageUrl.apply(page));
                element(w, "lastmod", instant(lastModified));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static byte[] news(String publication, List<NewsUrl> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (NewsUrl url : urls) {
                w.writeStartElement("url");
                element(w, "loc", url.loc());
                w.writeStartElement("news", "news", NEWS_NS);
                w.writeStartElement("news", "publication", NEWS_NS);
                newsElement(w, "name", publication);
                newsElement(w, "language", newsLanguage(url.language()));
                w.writeEndElement();
                newsElement(w, "publication_date", instant(url.publishedAt()));
                newsElement(w, "title", url.title());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Google News names languages by ISO 639 code, zh-cn and zh-tw excepted: fr-BE is listed as fr. */
    static String newsLanguage(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        return lower.equals("zh-cn") || lower.equals("zh-tw") ? lower : lower.split("-")[0];
    }

    private static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(Unicode.xmlSafe(text));
        w.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("news", name, NEWS_NS);
        w.writeCharacters(Unicode.xmlSafe(text));
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return bytes.toByteArray();
    }
}
