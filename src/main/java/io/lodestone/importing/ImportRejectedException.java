package io.lodestone.importing;

import java.util.List;
import java.util.stream.Collectors;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** The import files have problems; nothing was written. Answered 422 listing every problem. */
public class ImportRejectedException extends ProblemException {

    private final List<Problem> problems;

    ImportRejectedException(List<Problem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import files rejected",
                problems.size() + " problem(s) in the import files; nothing was written. Each is listed as file:line: column: message.",
                null);
        this.problems = List.copyOf(problems);
        getBody().setProperty("problems", this.problems.stream().map(Problem::toString).toList());
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one a line: what the bulk import and a failed start-up print. */
    @Override
    public String getMessage() {
        return problems.size() + " problem(s) in the import files, nothing was written:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
