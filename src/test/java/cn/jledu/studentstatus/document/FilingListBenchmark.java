package cn.jledu.studentstatus.document;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: renders a 5,000-row filing list twice (cold: first use of the FOP factory, fonts and template;
 * warm: again) and prints the seconds, heap in use and page count. Writes the PDF to target/ to look at.
 * Run it with (docs/documents.md):
 * <pre>
 * mvn -q -DskipLint test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx256m -cp %classpath cn.jledu.studentstatus.document.FilingListBenchmark"
 * </pre>
 */
public final class FilingListBenchmark {

    private FilingListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        RegistrationFilingList list = FilingLists.county(FilingLists.rows(rows, 2026));
        long start = System.nanoTime();
        RegistrationFilingListDocument document =
                new RegistrationFilingListDocument(new DocumentRenderer(DocumentSettings.defaults()));
        byte[] cold = document.pdf(list);
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        byte[] warm = document.pdf(list);
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        Path out = Path.of("target", "filing-list-benchmark.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, warm);
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(warm)) {
            pages = pdf.getNumberOfPages();
        }
        System.out.printf("filing list, %d rows, %d pages, %d KB: cold %.1f s, warm %.1f s (max heap %d MB, used %d MB) -> %s%n",
                rows, pages, cold.length / 1024, coldSeconds, warmSeconds, rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20, out);
    }
}
