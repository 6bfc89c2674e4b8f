package io.lodestone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses request bodies above {@code lodestone.web.max-request-body} before anything reads them
 * (413), and bodies of unknown length (411), so that no request can make the service buffer an
 * unbounded amount of JSON. Runs before the handler, where Spring would read the body.
 */
@Component
public class RequestBodyLimit implements HandlerInterceptor {

    private final DataSize max;

    RequestBodyLimit(WebProperties properties) {
        this.max = properties.maxRequestBody();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long length = request.getContentLengthLong();
        if (length > max.toBytes()) {
            throw new RequestTooLargeException("The request body has " + length + " bytes; at most " + max.toBytes()
                    + " are accepted (lodestone.web.max-request-body).", false);
        }
        if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            throw new RequestTooLargeException("A request body needs a Content-Length header (no chunked transfer);"
                    + " at most " + max.toBytes() + " bytes are accepted.", true);
        }
        return true;
    }
}
