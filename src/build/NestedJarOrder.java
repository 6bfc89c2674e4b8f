import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by the pom after spring-boot:repackage, as a single-file program): rewrites the
 * executable jar with the nested jars of BOOT-INF/lib/ in the order of nested-jar-order.txt, the others
 * after them in their order. Spring Boot's launcher builds the class path from the order in which the
 * nested jars are stored, and its class loader tries them one by one for every class, so the jars most
 * classes come from are looked up first. Every entry is copied unchanged (stored jars stay stored,
 * comments such as the unpack marker of Neo4j Browser stay); only the order changes. An order that would
 * let a different jar win for a class two jars both hold is refused.
 *
 * <pre>java src/build/NestedJarOrder.java target/lodestone-x.jar src/build/nested-jar-order.txt</pre>
 */
public class NestedJarOrder {

    private static final String LIB = "BOOT-INF/lib/";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        List<String> wanted = Files.readAllLines(Path.of(args[1])).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Path ordered = jar.resolveSibling(jar.getFileName() + ".ordered");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = Collections.list(in.entries()).stream().map(e -> (ZipEntry) e).toList();
            List<ZipEntry> libs = entries.stream().filter(NestedJarOrder::isNestedJar).toList();
            List<ZipEntry> sorted = new ArrayList<>(libs);
            sorted.sort(Comparator.comparingInt(e -> rank(wanted, e)));
            checkSameWinners(classes(jar, libs), libs, sorted);
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ordered))) {
                out.setComment(in.getComment());
                boolean libsWritten = false;
                for (ZipEntry entry : entries) {
                    if (!isNestedJar(entry)) {
                        copy(in, entry, out);
                    } else if (!libsWritten) {
                        for (ZipEntry lib : sorted) {
                            copy(in, lib, out);
                        }
                        libsWritten = true;
                    }
                }
            }
        }
        Files.move(ordered, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("NestedJarOrder: " + jar + " nested jars reordered by " + args[1]);
    }

    private static boolean isNestedJar(ZipEntry entry) {
        return entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar");
    }

    /** Position in the list of the jar's name without version ({@code neo4j-kernel-5.26.30.jar}: neo4j-kernel). */
    private static int rank(List<String> wanted, ZipEntry entry) {
        String name = entry.getName().substring(LIB.length()).replaceFirst("-\\d.*$", "");
        int index = wanted.indexOf(name);
        return index < 0 ? wanted.size() : index;
    }

    /** Fails if a class held by two jars would be found in another jar than before. */
    private static void checkSameWinners(Map<String, List<String>> classes, List<ZipEntry> before, List<ZipEntry> after) {
        Map<String, String> firstBefore = firstHolders(classes, before);
        Map<String, String> firstAfter = firstHolders(classes, after);
        firstBefore.forEach((type, jar) -> {
            if (!jar.equals(firstAfter.get(type))) {
                throw new IllegalStateException(type + " would come from " + firstAfter.get(type) + " instead of " + jar
                        + ": put " + jar + " before it in the nested jar order");
            }
        });
    }

    private static Map<String, String> firstHolders(Map<String, List<String>> classes, List<ZipEntry> libs) {
        Map<String, String> first = new HashMap<>();
        for (ZipEntry lib : libs) {
            classes.get(lib.getName()).forEach(type -> first.putIfAbsent(type, lib.getName()));
        }
        return first;
    }

    /**
     * The classes of each nested jar, read from its central directory (a zip file system on the entry):
     * streaming through a nested jar inflates every entry to reach the next one.
     */
    private static Map<String, List<String>> classes(Path jar, List<ZipEntry> libs) throws IOException {
        Map<String, List<String>> classes = new HashMap<>();
        try (FileSystem outer = FileSystems.newFileSystem(jar)) {
            for (ZipEntry lib : libs) {
                try (FileSystem nested = FileSystems.newFileSystem(outer.getPath(lib.getName()));
                     Stream<Path> files = Files.walk(nested.getPath("/"))) {
                    classes.put(lib.getName(), files.map(file -> file.toString().substring(1))
                            .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                                    && !name.startsWith("META-INF/"))
                            .toList());
                }
            }
        }
        return classes;
    }

    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry);
        if (copy.getMethod() == ZipEntry.DEFLATED) {
            copy.setCompressedSize(-1); // deflated again, maybe to another size
        }
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
            data.transferTo(out);
        }
        out.closeEntry();
    }
}
