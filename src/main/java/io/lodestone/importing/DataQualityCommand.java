package io.lodestone.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the data-quality report of import files without touching any database: the problems
 * that would reject the import (format or data errors), else the findings counted by class, the
 * entities with most findings and every warning with its {@code file:line}. Exit code 0 when the
 * import would pass (warnings only), 1 otherwise. Runs without Spring:
 * {@code java -cp target/lodestone-*.jar -Dloader.main=io.lodestone.importing.DataQualityCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher --import-dir import}
 */
@Command(name = "data-quality", mixinStandardHelpOptions = true,
        description = "Checks the import files and prints the data-quality report (docs/data-quality.md).")
public final class DataQualityCommand implements Callable<Integer> {

    @Option(names = "--import-dir", defaultValue = "import", description = "the import files; default ${DEFAULT-VALUE}")
    Path importDirectory;

    @Option(names = "--offenders", defaultValue = "10", description = "how many worst offenders to list; default ${DEFAULT-VALUE}")
    int offenders;

    private final PrintStream out;

    DataQualityCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DataQualityCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() {
        DataQuality.Report report;
        try {
            report = ImportValidator.validate(importDirectory, ImportValidator.DEFAULT_MAX_FILE_BYTES).quality();
        } catch (ImportRejectedException e) {
            out.println("The import would be rejected:");
            e.problems().forEach(problem -> out.println("  " + problem));
            return 1;
        }
        out.println("Data quality of " + importDirectory.toAbsolutePath().normalize());
        out.println();
        out.println("Findings by class:");
        for (DataQuality.Check check : DataQuality.Check.values()) {
            out.printf("  %-28s %-7s %d%n", check.label(), check.severity().name().toLowerCase(java.util.Locale.ROOT),
                    report.counts().get(check.label()));
        }
        out.println();
        out.println("Worst offenders (entities with most findings):");
        for (Map.Entry<String, Integer> offender : report.worstOffenders(offenders)) {
            out.printf("  %-50s %d%n", offender.getKey(), offender.getValue());
        }
        out.println();
        report.findings().forEach(finding -> out.println("  " + finding.check().severity().name().toLowerCase(java.util.Locale.ROOT)
                + " " + finding.problem()));
        return 0;
    }
}
