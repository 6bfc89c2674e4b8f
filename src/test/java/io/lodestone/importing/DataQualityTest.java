package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken fixture per data-quality check, each with the finding (file:line) it must produce. */
class DataQualityTest {

    @TempDir
    Path dir;

    ImportFixture fixture;

    @BeforeEach
    void copyValidFixture() {
        fixture = ImportFixture.copyTo(dir);
    }

    @Test
    void theValidFixtureHasOnlyItsUnusedStatus() {
        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().warnings()).extracting(Problem::toString).containsExactly(
                "statuses.csv:3: id: status:signed is in no fact (neither an end nor a resource); link it or remove it");
        assertThat(files.quality().errors()).isEmpty();
    }

    @Test
    void evidenceThatNamesNeitherEndIsAWarningWithItsLine() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2)
                .replace("\"Vietnam is a major source of gallium.\"", "\"The country is a major source of the metal.\""));

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().warnings()).extracting(Problem::toString).contains(
                "relationships.csv:2: evidence: names neither country:VN (Vietnam) nor mineral:gallium (gallium);"
                        + " quote the source where it names them, or add the name the source uses as an alias");
        assertThat(files.quality().summary().counts()).containsEntry("evidence-names-neither-end", 1);
        assertThat(files.quality().summary().worstOffenders()).extracting(ImportReport.Offender::id)
                .contains("country:VN", "mineral:gallium");
    }

    @Test
    void anAliasOrAnAccentlessSpellingNamesAnEnd() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2)
                .replace("\"Vietnam is a major source of gallium.\"", "\"VIỆT NAM is a major source of the metal.\""));

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().summary().counts()).containsEntry("evidence-names-neither-end", 0);
    }

    @Test
    void sharesAboveOneInOneGroupAreAnError() {
        fixture.appendLine("relationships.csv", "fact:eu-imports-gallium-vn,bloc:EU,IMPORTS_FROM,country:VN,,,,2024,,,40%,0.40,,"
                + "mineral:gallium,,,,,source:report-a,40% of the EU's gallium comes from Vietnam.,low,,");

        List<String> problems = problems();

        assertThat(problems).containsExactly("relationships.csv:8: share: the shares of bloc:EU's mineral:gallium sourcing"
                + " in 2024 add up to 1.110, more than 1: fact:eu-imports-gallium-cn (line 5) 0.71,"
                + " fact:eu-imports-gallium-vn (line 8) 0.4");
    }

    @Test
    void competingFiguresForOneSupplierAreAlternativesNotParts() {
        fixture.appendLine("relationships.csv", "fact:eu-imports-gallium-cn-alt,bloc:EU,IMPORTS_FROM,country:CN,,,,2024,,,94%,0.94,,"
                + "mineral:gallium,,,,,source:report-a,An older study puts the EU's gallium from China at 94%.,medium,,");

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().summary().counts()).containsEntry("shares-above-one", 0);
    }

    @Test
    void aSymmetricTypeThatCouldOnlyBeStoredOneWayIsAnError() {
        fixture.write("relationship-types.csv", """
                type,startKinds,endKinds,description,symmetric
                PRODUCES,country;region,mineral,mines or refines a mineral,
                IMPORTS_FROM,country;bloc,country,buys a resource from,
                PARTY_TO,country;bloc,agreement,is a party to an agreement,
                HAS_STATUS,agreement,status,an agreement's status from a date on,
                COOPERATES_WITH,country;bloc,country;bloc;region,cooperation,true
                """);

        assertThat(problems()).containsExactly("relationship-types.csv:6: endKinds: COOPERATES_WITH is symmetric, so its"
                + " start and end kinds must be the same (start: bloc;country, end: bloc;country;region);"
                + " otherwise some facts could only be stored one way");
    }

    @Test
    void anEntityWithoutAFactIsAWarningWithItsLine() {
        fixture.appendLine("countries.csv", "country:LA,Laos,,,source:report-a");

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().warnings()).extracting(Problem::toString).contains(
                "countries.csv:4: id: country:LA is in no fact (neither an end nor a resource); link it or remove it");
        assertThat(files.quality().summary().warningCount()).isEqualTo(2);
    }

    @Test
    void anEntityNamedOnlyAsAResourceIsInAFact() {
        fixture.appendLine("minerals.csv", "mineral:germanium,germanium,Ge,,source:report-a");
        fixture.appendLine("relationships.csv", "fact:eu-imports-germanium-cn,bloc:EU,IMPORTS_FROM,country:CN,,,,2024,,,45%,0.45,,"
                + "mineral:germanium,,,,,source:survey-b,45% of the EU's germanium comes from China.,high,,");

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.quality().warnings()).extracting(Problem::toString).noneMatch(w -> w.contains("germanium"));
    }

    @Test
    void theCommandPrintsCountsOffendersAndFindings() {
        fixture.appendLine("countries.csv", "country:LA,Laos,,,source:report-a");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        int exit = new picocli.CommandLine(new DataQualityCommand(new java.io.PrintStream(bytes, true,
                java.nio.charset.StandardCharsets.UTF_8))).execute("--import-dir", dir.toString());

        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(out).contains("entity-without-fact", "warning", "country:LA",
                "countries.csv:4: id: country:LA is in no fact");
    }

    private List<String> problems() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> ImportValidator.validate(dir));
        assertThat(rejected).as("the import is rejected").isNotNull();
        return rejected.problems().stream().map(Problem::toString).toList();
    }
}
