package io.lodestone.workspace;

import java.util.List;
import java.util.Map;

/**
 * The investigations of {@code cypher/investigations/investigations.json}: what the notebooks
 * and the Browser guide are generated from.
 */
public record InvestigationBook(String title, List<String> introduction, List<Investigation> investigations) {

    /** One investigation: a notebook, and a chapter of the guide; figures are drawn in the notebook only. */
    public record Investigation(String id, String title, List<String> narrative, List<Step> steps, List<Figure> figures) {

        public Investigation {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    /**
     * One query of an investigation.
     *
     * @param query      a file under {@code cypher/}, e.g. {@code investigations/dependence.cypher}
     * @param parameters the values of its {@code $parameters}
     * @param shows      what the result shows, as the notebook and guide tell it
     * @param expect     a row the result must hold (column to value; a list column must contain
     *                   the value; a node counts by its id): the key fact the tests check
     */
    public record Step(String title, List<String> narrative, String query, Map<String, Object> parameters,
                       List<String> shows, Map<String, Object> expect) {
    }

    /**
     * A chart of a notebook, drawn from Lodestone's API or the query API after the steps.
     *
     * @param code  a Python file under {@code notebooks/figures/}: draws the chart and states (with
     *              {@code state(...)}) the values the text relies on, which the tests compare
     * @param shows what the chart shows, as the notebook tells it
     */
    public record Figure(String title, List<String> narrative, String code, List<String> shows) {
    }
}
