package io.lodestone.importing;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** Another import is running; imports never overlap. Answered 409. */
public class ImportInProgressException extends ProblemException {

    ImportInProgressException() {
        super(HttpStatus.CONFLICT, "import-in-progress", "Import in progress",
                "Another import is running; try again when it has finished.", null);
    }
}
