package io.lodestone.importing;

import java.util.List;
import java.util.stream.Collectors;

/** The import files have problems; nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final List<Problem> problems;

    ImportRejectedException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the import files, nothing was written:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
