package io.lodestone.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests that Tomcat rejects before they reach Spring (an encoded backslash or NUL in the path,
 * say) get a problem+json answer too, instead of Tomcat's HTML error page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400
                ? "The request is malformed (for example an encoded backslash, slash or NUL character in the path);"
                  + " ids contain only letters, digits, ':', '.', '_' and '-'."
                : "The request could not be served (HTTP " + status + ").";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:lodestone:problem:bad-request\",\"title\":\"Bad request\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response is committed: nothing more can be sent.
        }
    }
}
