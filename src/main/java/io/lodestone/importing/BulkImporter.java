package io.lodestone.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphSchema;
import org.springframework.util.unit.DataSize;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.neo4j.cli.ContextInjectingFactory;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.dbms.CannotWriteException;
import org.neo4j.commandline.dbms.LockChecker;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.locker.FileLockException;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/**
 * Builds the graph of the import files with Neo4j's own bulk importer ({@code neo4j-admin database
 * import full}), for large fresh loads while the service is stopped. The files are validated as
 * for {@link GraphImporter}, converted to the bulk importer's header format, imported into a staging
 * store next to the database and only then swapped in: a failure at any step leaves the previous
 * graph as it was. Two things need the running database afterwards, see {@link #complete}: the
 * schema and the empty lists that the bulk importer cannot store.
 */
public final class BulkImporter {

    static final String DATABASE = "neo4j";
    private static final String STAGING = "bulk-import";
    private static final String INVOLVES_FILE = "involves.csv";
    /** The fact columns an INVOLVES edge copies (cypher/import/involves.cypher); since and until are copied too. */
    private static final List<String> INVOLVES_COPIES = List.of("activity", "sources", "evidence", "confidence", "origin",
            "date", "validFrom", "validTo", "year");
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /**
     * Absent values are written unquoted (the importer then sets no property, like LOAD CSV's null)
     * and present ones quoted, so that a quoted empty field can stand for an empty list.
     */
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private final Path importDirectory;
    private final Path home;
    private final String maxOffHeapMemory;
    private final long maxFileBytes;
    private final PrintStream out;

    /**
     * @param home              the embedded database's data directory ({@code lodestone.embedded.data-dir})
     * @param maxOffHeapMemory  memory the bulk importer may use, e.g. {@code 2G} or {@code 50%}
     * @param maxFileSize       the largest import file the validation accepts
     * @param out               where the bulk importer reports its progress
     */
    public BulkImporter(Path importDirectory, Path home, String maxOffHeapMemory, DataSize maxFileSize, PrintStream out) {
        this.importDirectory = importDirectory;
        this.home = home.toAbsolutePath().normalize();
        this.maxOffHeapMemory = maxOffHeapMemory;
        this.maxFileBytes = maxFileSize.toBytes();
        this.out = out;
    }

    /**
     * @throws ImportRejectedException listing every problem of the files; nothing is written then
     * @throws IllegalStateException   when the database is in use or the bulk importer fails
     */
    public ImportReport importGraph() {
        long started = System.currentTimeMillis();
        ValidatedImport files = ImportValidator.validate(importDirectory, maxFileBytes);
        Neo4jLayout layout = Neo4jLayout.of(home);
        Path staging = home.resolve(STAGING);
        try (Closeable lock = lock(layout)) {
            FileSystemUtils.deleteRecursively(staging);
            Path csv = Files.createDirectories(staging.resolve("csv"));
            List<String> arguments = new ArrayList<>(List.of("full", DATABASE, "--overwrite-destination=true",
                    "--id-type=string", "--delimiter=,", "--array-delimiter=;", "--quote=\"",
                    "--ignore-empty-strings=false", "--trim-strings=false", "--legacy-style-quoting=false",
                    "--bad-tolerance=0", "--skip-bad-relationships=false", "--skip-duplicate-nodes=false",
                    "--max-off-heap-memory=" + maxOffHeapMemory,
                    "--report-file=" + staging.resolve("import.report")));
            boolean multiline = convert(files.directory(), csv, ImportSchema.SOURCES);
            arguments.add("--nodes=Source=" + csv.resolve(ImportSchema.SOURCES.name()));
            for (NodeKind kind : files.nodeFiles()) {
                multiline |= convert(files.directory(), csv, kind.importFile());
                arguments.add("--nodes=Entity:" + String.join(":", kind.labels()) + "=" + csv.resolve(kind.file()));
            }
            multiline |= convertFacts(files.directory(), csv);
            arguments.add("--relationships=" + csv.resolve(ImportSchema.RELATIONSHIPS.name()));
            arguments.add("--relationships=" + csv.resolve(INVOLVES_FILE));
            // Multi-line fields slow the importer down a lot, so they are only allowed when some field needs them.
            arguments.add("--multiline-fields=" + multiline);
            Path stagingHome = staging.resolve("home");
            run(stagingHome, arguments);
            swap(DatabaseLayout.of(Neo4jLayout.of(stagingHome), DATABASE), layout.databaseLayout(DATABASE), staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(staging);
            } catch (IOException e) {
                out.println("Could not remove " + staging + ": " + e.getMessage());
            }
        }
        return new ImportReport(files.entityIds().size(), files.factIds().size(), files.sourceIds().size(),
                files.entityIds().size() + files.sourceIds().size(), 0, files.factIds().size(), 0,
                System.currentTimeMillis() - started, files.quality().summary());
    }

    /**
     * The second step, once the database runs on the new store: applies the schema (as the service
     * does at start-up), stores the empty lists that the online import stores and counts each
     * source's facts (cypher/sources/fact-counts.cypher), which the bulk importer cannot.
     */
    public static void complete(Driver driver, CypherFiles cypher) {
        GraphSchema.migrate(driver, DATABASE);
        try (Session session = driver.session(SessionConfig.forDatabase(DATABASE))) {
            // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
            session.run(cypher.get("import/bulk-complete-nodes.cypher")).consume();
            session.run(cypher.get("import/bulk-complete-relationships.cypher")).consume();
            session.run(cypher.get("sources/fact-counts.cypher")).consume();
        }
    }

    /** Holds the DBMS's lock, so that neither the service nor another import starts meanwhile. */
    private Closeable lock(Neo4jLayout layout) throws IOException {
        Files.createDirectories(layout.databasesDirectory());
        try {
            return LockChecker.checkDbmsLock(layout);
        } catch (FileLockException e) {
            throw new IllegalStateException("The database in " + home + " is in use; stop the service (or the other"
                    + " Neo4j process) first: the bulk import only writes into a stopped database.", e);
        } catch (CannotWriteException e) {
            throw new IllegalStateException("Cannot write to " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies one validated import file, renaming its header to the bulk importer's typed columns
     * ({@link ImportColumn#bulkHeader()}).
     *
     * @return whether a field spans several lines
     */
    private static boolean convert(Path from, Path to, ImportFile declaration) throws IOException {
        boolean multiline = false;
        try (Reader reader = Files.newBufferedReader(from.resolve(declaration.name()), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, READ);
             CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(to.resolve(declaration.name()),
                     StandardCharsets.UTF_8), WRITE)) {
            List<ImportColumn> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList().stream()
                            .map(name -> declaration.column(name.strip()).orElseThrow()).toList();
                    printer.printRecord(header.stream().map(ImportColumn::bulkHeader).toList());
                    continue;
                }
                List<String> row = new ArrayList<>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    multiline |= value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
                    row.add(field(header.get(i), value));
                }
                printer.printRecord(row);
            }
        }
        return multiline;
    }

    /**
     * Converts relationships.csv like {@link #convert} and writes, beside it, what the online import
     * derives from each fact in Cypher: {@code since}/{@code until} (cypher/import/relationships.cypher)
     * and the INVOLVES edges from both ends of a fact with a resource (cypher/import/involves.cypher);
     * empty lists follow in {@link #complete}, as the bulk importer cannot store them. Deriving these in Cypher after the bulk
     * import took longer than the bulk import itself (minutes at 1M facts, hours at 10M); as rows, the
     * bulk importer writes them at its own speed. BulkImportTest proves the two graphs equal.
     *
     * @return whether a field spans several lines
     */
    private static boolean convertFacts(Path from, Path to) throws IOException {
        ImportFile facts = ImportSchema.RELATIONSHIPS;
        List<ImportColumn> copied = INVOLVES_COPIES.stream().map(name -> facts.column(name).orElseThrow()).toList();
        boolean multiline = false;
        try (Reader reader = Files.newBufferedReader(from.resolve(facts.name()), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, READ);
             CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(to.resolve(facts.name()), StandardCharsets.UTF_8), WRITE);
             CSVPrinter involves = new CSVPrinter(Files.newBufferedWriter(to.resolve(INVOLVES_FILE), StandardCharsets.UTF_8), WRITE)) {
            List<ImportColumn> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList().stream().map(name -> facts.column(name.strip()).orElseThrow()).toList();
                    List<String> names = new ArrayList<>(header.stream().map(ImportColumn::bulkHeader).toList());
                    names.addAll(List.of("since", "until"));
                    printer.printRecord(names);
                    List<String> derived = new ArrayList<>(List.of("id", ":START_ID", ":END_ID", ":TYPE", "fact", "relation", "role"));
                    copied.forEach(c -> derived.add(c.bulkHeader()));
                    derived.addAll(List.of("since", "until"));
                    involves.printRecord(derived);
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                List<String> row = new ArrayList<>(header.size() + 2);
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    multiline |= value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
                    String field = field(header.get(i), value);
                    fields.put(header.get(i).name(), field);
                    row.add(field);
                }
                String since = firstPresent(fields.get("date"), fields.get("validFrom"), fields.get("year"));
                String until = fields.get("validTo");
                row.add(since);
                row.add(until);
                printer.printRecord(row);
                String resource = fields.get("resource");
                if (resource == null) {
                    continue;
                }
                for (String role : List.of("start", "end")) {
                    String actor = fields.get(role);
                    if (actor.equals(resource)) {
                        continue;
                    }
                    List<String> edge = new ArrayList<>(List.of("involves:" + fields.get("id").substring("fact:".length()) + ":" + role,
                            actor, resource, "INVOLVES", fields.get("id"), fields.get("type"), role));
                    copied.forEach(c -> edge.add(fields.get(c.name())));
                    edge.add(since);
                    edge.add(until);
                    involves.printRecord(edge);
                }
            }
        }
        return multiline;
    }

    /** A field as the bulk importer is given it: null (no property) when empty, except for a list that may be empty. */
    private static String field(ImportColumn column, String value) {
        return !value.isEmpty() || column.type() == ColumnType.LIST_OR_EMPTY ? value : null;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private void run(Path stagingHome, List<String> arguments) throws IOException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            ExecutionContext context = new ExecutionContext(stagingHome, stagingHome.resolve("conf"), out, out, fs);
            int exit = new CommandLine(new ImportCommand(), new ContextInjectingFactory(context))
                    .setExecutionExceptionHandler((e, command, result) -> {
                        failure.set(e);
                        return 1;
                    })
                    .execute(arguments.toArray(String[]::new));
            if (exit != 0) {
                Exception cause = failure.get();
                throw new IllegalStateException("Neo4j's bulk importer failed (exit code " + exit + ")"
                        + (cause == null ? "" : ": " + describe(cause)), cause);
            }
        }
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    /**
     * Moves the staged store into place. The previous store is moved aside first and moved back
     * if the new one cannot be moved in.
     */
    private static void swap(DatabaseLayout staged, DatabaseLayout target, Path staging) throws IOException {
        Path previous = Files.createDirectories(staging.resolve("previous"));
        List<Path[]> moves = List.of(
                new Path[] {staged.databaseDirectory(), target.databaseDirectory(), previous.resolve("database")},
                new Path[] {staged.getTransactionLogsDirectory(), target.getTransactionLogsDirectory(),
                        previous.resolve("transactions")});
        for (Path[] move : moves) {
            if (Files.exists(move[1])) {
                Files.move(move[1], move[2], StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try {
            for (Path[] move : moves) {
                Files.createDirectories(move[1].getParent());
                Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            for (Path[] move : moves) {
                if (Files.exists(move[2])) {
                    FileSystemUtils.deleteRecursively(move[1]);
                    Files.move(move[2], move[1], StandardCopyOption.ATOMIC_MOVE);
                }
            }
            throw e;
        }
    }
}
