package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken fixture per class of error, each with the exact message it must produce. */
class ImportValidatorTest {

    @TempDir
    Path dir;

    ImportFixture fixture;

    @BeforeEach
    void copyValidFixture() {
        fixture = ImportFixture.copyTo(dir);
    }

    @Test
    void theValidFixturePassesWithEveryId() {
        ValidatedImport result = ImportValidator.validate(dir);

        assertThat(result.entityIds()).contains("country:VN", "bloc:EU", "mineral:gallium", "agreement:a-b-fta");
        assertThat(result.factIds()).hasSize(6);
        assertThat(result.sourceIds()).containsExactlyInAnyOrder("source:report-a", "source:survey-b");
        assertThat(result.nodeFiles()).contains(NodeKind.COUNTRY, NodeKind.BLOC, NodeKind.STATUS);
    }

    @Test
    void anEmptyRequiredFieldIsNamed() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2)
                .replace("\"Vietnam is a major source of gallium.\"", ""));

        assertThat(problems()).containsExactly("relationships.csv:2: evidence: is required but empty");
    }

    @Test
    void anUnknownOrMissingHeaderColumnIsNamed() {
        fixture.replaceLine("countries.csv", 1, "id,name,aliases,description,source");

        assertThat(problems()).contains(
                "countries.csv:1: source: unknown column; allowed: id, name, aliases, description, sources",
                "countries.csv:1: sources: required column is missing");
    }

    @Test
    void aMalformedIdIsNamed() {
        fixture.replaceLine("countries.csv", 2, "country:V N,Vietnam,,,source:report-a");

        assertThat(problems()).contains(
                "countries.csv:2: id: id must look like country:<key> (letters, digits, . _ -), was \"country:V N\"");
    }

    @Test
    void anIdOfTheWrongKindIsNamed() {
        fixture.appendLine("countries.csv", "mineral:copper,copper,,,source:report-a");

        assertThat(problems()).containsExactly(
                "countries.csv:4: id: ids in countries.csv start with \"country:\", was \"mineral:copper\"");
    }

    @Test
    void aDuplicateIdNamesTheFirstDefinition() {
        fixture.appendLine("blocs.csv", "bloc:EU,European Union again,,,source:report-a");

        assertThat(problems()).containsExactly(
                "blocs.csv:3: id: duplicate id \"bloc:EU\", first defined at blocs.csv:2");
    }

    @Test
    void aReferenceToAnUnknownIdIsNamed() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2).replace("country:VN", "country:XX"));

        assertThat(problems()).containsExactly(
                "relationships.csv:2: start: unknown id \"country:XX\"; no node file defines it");
    }

    @Test
    void aReferenceToAnUnknownSourceIsNamed() {
        fixture.replaceLine("minerals.csv", 2, "mineral:gallium,gallium,Ga,,source:report-z");

        assertThat(problems()).containsExactly(
                "minerals.csv:2: sources: unknown source \"source:report-z\"; sources.csv does not list it");
    }

    @Test
    void anUnknownRelationshipTypeIsNamed() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2).replace("PRODUCES", "MAKES"));

        assertThat(problems()).containsExactly(
                "relationships.csv:2: type: unknown relationship type \"MAKES\"; relationship-types.csv lists the allowed ones");
    }

    @Test
    void aRelationshipBetweenKindsItsTypeDoesNotAllowIsNamed() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2)
                .replace("country:VN,PRODUCES", "bloc:EU,PRODUCES"));

        assertThat(problems()).containsExactly(
                "relationships.csv:2: start: PRODUCES cannot start at a bloc (allowed: country, region)");
    }

    @Test
    void malformedNumbersAndSharesOutOfRangeAreNamed() {
        fixture.replaceLine("relationships.csv", 3, fixture.line("relationships.csv", 3)
                .replace(",67000,", ",~67000,").replace(",0.83,", ",83,"));

        assertThat(problems()).containsExactly(
                "relationships.csv:3: amount: must be a plain decimal number (no ~, %, >, thousands separators), was \"~67000\"; keep the reported text in valueText",
                "relationships.csv:3: shareOfWorld: must be a fraction between 0 and 1, was 83");
    }

    @Test
    void malformedAndImpossibleDatesAreNamed() {
        fixture.replaceLine("relationships.csv", 7, fixture.line("relationships.csv", 7).replace("2019-01-01", "2019-02-30"));
        fixture.replaceLine("sources.csv", 3, fixture.line("sources.csv", 3).replace(",2025,", ",March 2025,"));

        assertThat(problems()).containsExactly(
                "sources.csv:3: date: must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, was \"March 2025\"",
                "relationships.csv:7: date: is not a calendar date: \"2019-02-30\"");
    }

    @Test
    void anUnknownConfidenceIsNamed() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2).replace(",high,", ",certain,"));

        assertThat(problems()).containsExactly(
                "relationships.csv:2: confidence: must be high, medium or low, was \"certain\"");
    }

    @Test
    void aFileInAnotherEncodingIsNamedWithItsLine() {
        // "Viétnam" in Latin-1: the é is one byte that is not UTF-8.
        fixture.writeBytes("countries.csv", "id,name,aliases,description,sources\ncountry:VN,Vi\u00e9tnam,,,source:report-a\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problems()).contains(
                "countries.csv:2: is not valid UTF-8 (saved in another encoding?); save it as UTF-8");
    }

    @Test
    void aByteOrderMarkIsRejected() {
        byte[] text = fixture.line("blocs.csv", 1).concat("\nbloc:EU,European Union,EU,,source:report-a\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        fixture.writeBytes("blocs.csv", withBom);

        assertThat(problems()).contains("blocs.csv:1: starts with a byte order mark; save it as UTF-8 without BOM");
    }

    @Test
    void anUnterminatedQuoteIsReportedAsInvalidCsv() {
        fixture.appendLine("minerals.csv", "mineral:antimony,\"antimony,,,source:report-a");

        assertThat(problems()).singleElement().asString()
                .startsWith("minerals.csv:4: a quoted field starts here and is never closed");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamed() {
        fixture.appendLine("minerals.csv", "mineral:antimony,antimony,source:report-a");

        assertThat(problems()).containsExactly("minerals.csv:4: has 3 fields, the header has 5");
    }

    @Test
    void aMissingFileAndAnUnknownFileAreNamed() {
        fixture.delete("sources.csv").write("relations.csv", "id\n");

        assertThat(problems()).contains(
                "relations.csv:0: unknown import file; expected one of sources.csv, relationships.csv, relationship-types.csv,"
                        + " countries.csv, blocs.csv, firms.csv, persons.csv, institutions.csv, minerals.csv, technologies.csv,"
                        + " facilities.csv, agreements.csv, policies.csv, projects.csv, events.csv, regions.csv, statuses.csv",
                "sources.csv:0: file is missing from " + dir);
    }

    @Test
    void aHugeFieldIsRejectedWithoutEchoingIt() {
        fixture.replaceLine("countries.csv", 2, "country:VN,Vietnam," + "x".repeat(20_000) + ",,source:report-a");

        assertThat(problems()).containsExactly("countries.csv:2: aliases: is 20000 characters long, at most 10000 are allowed");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        fixture.replaceLine("relationships.csv", 2, fixture.line("relationships.csv", 2).replace(",high,", ",sure,"));
        fixture.replaceLine("relationships.csv", 5, fixture.line("relationships.csv", 5).replace("0.71", "71"));
        fixture.replaceLine("statuses.csv", 2, "status:draft,,,,source:report-a");

        assertThat(problems()).containsExactly(
                "statuses.csv:2: name: is required but empty",
                "relationships.csv:2: confidence: must be high, medium or low, was \"sure\"",
                "relationships.csv:5: share: must be a fraction between 0 and 1, was 71");
    }

    @Test
    void aFileTruncatedInsideAMultiLineQuotedFieldNamesTheLineWhereTheFieldOpens() {
        String text = "id,name,aliases,description,sources\n"
                + "mineral:gallium,gallium,Ga,,source:report-a\n"
                + "mineral:tungsten,tungsten,wolfram,\"A dense metal,\nused in\n";
        fixture.write("minerals.csv", text);

        assertThat(problems()).containsExactly("minerals.csv:3: a quoted field starts here and is never closed"
                + " (is the file truncated, or is a \" inside a field not doubled as \"\"?)");
    }

    @Test
    void aStrayQuoteAfterAQuotedFieldIsExplained() {
        fixture.appendLine("minerals.csv", "mineral:antimony,\"antimony\"x,,,source:report-a");

        assertThat(problems()).singleElement().asString().startsWith("minerals.csv:4: a quoted field is followed by text");
    }

    @Test
    void aFileInUtf16IsNamedAsSuch() {
        String text = fixture.line("blocs.csv", 1) + "\nbloc:EU,European Union,EU,,source:report-a\n";
        fixture.writeBytes("blocs.csv", text.getBytes(StandardCharsets.UTF_16));

        assertThat(problems()).containsExactly("blocs.csv:1: is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }

    @Test
    void aFileInUtf16WithoutByteOrderMarkIsCaughtByItsNulBytes() {
        String text = fixture.line("blocs.csv", 1) + "\nbloc:EU,European Union,EU,,source:report-a\n";
        fixture.writeBytes("blocs.csv", text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(problems()).containsExactly("blocs.csv:1: contains the control character U+0000 (binary data,"
                + " or a UTF-16 file?); save it as UTF-8 text");
    }

    @Test
    void aNulByteInsideAFieldIsNamedWithItsLine() {
        fixture.appendLine("minerals.csv", "mineral:antimony,anti\u0000mony,,,source:report-a");

        assertThat(problems()).containsExactly("minerals.csv:4: contains the control character U+0000 (binary data,"
                + " or a UTF-16 file?); save it as UTF-8 text");
    }

    @Test
    void aFileReplacedByBinaryGarbageIsRejectedWithoutEchoingIt() {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        fixture.writeBytes("relationships.csv", garbage);

        List<String> problems = problems();

        assertThat(problems).singleElement().asString().startsWith("relationships.csv:")
                .contains("is not valid UTF-8");
        assertThat(problems.get(0).length()).isLessThan(200);
    }

    @Test
    void aGzippedFileIsRejected() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(java.nio.file.Files.readAllBytes(dir.resolve("countries.csv")));
        }
        fixture.writeBytes("countries.csv", bytes.toByteArray());

        assertThat(problems()).anyMatch(problem -> problem.startsWith("countries.csv:1: "));
    }

    @Test
    void aFileTruncatedInTheMiddleOfACharacterIsNamed() {
        byte[] text = (fixture.line("blocs.csv", 1) + "\nbloc:EU,Union europé").getBytes(StandardCharsets.UTF_8);
        fixture.writeBytes("blocs.csv", java.util.Arrays.copyOf(text, text.length - 1));

        assertThat(problems()).contains("blocs.csv:2: is not valid UTF-8 (saved in another encoding?); save it as UTF-8");
    }

    @Test
    void aFileTruncatedInTheMiddleOfARowNamesTheRow() {
        String line = fixture.line("relationships.csv", 5);
        fixture.replaceLine("relationships.csv", 5, line.substring(0, line.length() / 2));

        assertThat(problems()).singleElement().asString().startsWith("relationships.csv:5: has ");
    }

    @Test
    void aHugeQuotedMultiLineFieldIsRejectedWithoutEchoingIt() {
        fixture.replaceLine("countries.csv", 2, "country:VN,Vietnam,,\"" + "line\n".repeat(5_000) + "\",source:report-a");

        assertThat(problems()).containsExactly("countries.csv:2: description: is 25000 characters long, at most 10000 are allowed");
    }

    @Test
    void aHugeFileIsRejectedBeforeItIsRead() throws Exception {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve("sources.csv").toFile(), "rw")) {
            file.setLength(ImportValidator.DEFAULT_MAX_FILE_BYTES + 1);
        }

        assertThat(problems()).anyMatch(problem -> problem.startsWith("sources.csv:0: is ")
                && problem.contains("bytes; at most " + ImportValidator.DEFAULT_MAX_FILE_BYTES));
    }

    private List<String> problems() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> ImportValidator.validate(dir));
        assertThat(rejected).as("the validator should reject the files").isNotNull();
        return rejected.problems().stream().map(Problem::toString).toList();
    }
}
