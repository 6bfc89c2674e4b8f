package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import io.lodestone.synthetic.WorldGenerator;
import io.lodestone.synthetic.WorldSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic world passes the importer's own validation unchanged. */
class GeneratedWorldTest {

    @TempDir
    Path dir;

    @Test
    void theValidatorAcceptsAGeneratedWorldWithEveryIdItDefines() throws IOException {
        WorldSummary world = new WorldGenerator(11, 10_000).write(dir, Path.of("import/relationship-types.csv"));

        ValidatedImport files = ImportValidator.validate(dir);

        assertThat(files.factIds()).hasSize(10_000);
        assertThat(files.entityIds()).hasSize((int) world.entities());
        assertThat(files.sourceIds()).hasSize((int) world.sources());
        assertThat(files.nodeFiles()).contains(NodeKind.COUNTRY, NodeKind.FIRM, NodeKind.FACILITY, NodeKind.AGREEMENT);
    }
}
