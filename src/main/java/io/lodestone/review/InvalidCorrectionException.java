package io.lodestone.review;

import io.lodestone.problem.InvalidParameterException;

/** A correction that cannot be applied (unknown type, kinds that do not fit, malformed date...); answered 400. */
class InvalidCorrectionException extends InvalidParameterException {

    InvalidCorrectionException(String field, String detail) {
        super(field, detail);
    }
}
