package io.lodestone.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The runnable blocks of a guide, in pairs: the {@code :params} block, then the query. */
record GuideBlocks(String parameters, String query) {

    private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"[^\"]*runnable[^\"]*\">(.*?)</pre>", Pattern.DOTALL);

    static List<GuideBlocks> of(String html) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = RUNNABLE.matcher(html);
        while (matcher.find()) {
            blocks.add(HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        List<GuideBlocks> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i += 2) {
            if (!blocks.get(i).startsWith(":params ")) {
                throw new AssertionError("Expected a :params block, got: " + blocks.get(i));
            }
            pairs.add(new GuideBlocks(blocks.get(i).substring(":params ".length()), blocks.get(i + 1)));
        }
        if (blocks.size() % 2 != 0) {
            throw new AssertionError("A :params block without its query");
        }
        return pairs;
    }
}
