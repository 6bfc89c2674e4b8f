package io.lodestone;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupFailure cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
