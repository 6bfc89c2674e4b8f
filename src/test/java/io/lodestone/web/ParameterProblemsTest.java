package io.lodestone.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.lodestone.analytics.AnalyticsService;
import io.lodestone.analytics.CentralityService;
import io.lodestone.analytics.ScenarioService;
import io.lodestone.entities.EntityService;
import io.lodestone.export.ExportService;
import io.lodestone.graph.Vocabulary;
import io.lodestone.paths.PathFinder;
import io.lodestone.search.EntitySearch;
import io.lodestone.sources.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The parameter checks and their problems, on the web layer alone: no database starts. The
 * services are mocks that must never be called, because a request that fails its checks is refused
 * at the controller. The vocabulary (relationship types, labels) is the one thing read from the
 * graph, and is given here. End to end, the same cases run in io.lodestone.api.QueryApiErrorsTest.
 */
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "io\\.lodestone\\.(workspace|importing|documents|candidates|review)\\..*"))
class ParameterProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Vocabulary vocabulary;
    @MockitoBean
    PathFinder paths;
    @MockitoBean
    EntityService entities;
    @MockitoBean
    EntitySearch search;
    @MockitoBean
    SourceService sources;
    @MockitoBean
    AnalyticsService analytics;
    @MockitoBean
    CentralityService centrality;
    @MockitoBean
    ScenarioService scenarios;
    @MockitoBean
    ExportService exports;

    @BeforeEach
    void graphVocabulary() {
        when(vocabulary.relationshipTypes()).thenReturn(new TreeSet<>(Set.of("HEADQUARTERED_IN", "IMPORTS_FROM", "PARTY_TO")));
        when(vocabulary.labels()).thenReturn(new TreeSet<>(Set.of("Actor", "Country", "Firm", "Resource")));
        when(vocabulary.label(anyString())).thenCallRealMethod();
    }

    @AfterEach
    void noServiceWasAsked() {
        verifyNoInteractions(paths, entities, search, sources, analytics, centrality, scenarios, exports);
    }

    @ParameterizedTest(name = "{0}?{1}={2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "/api/paths|maxHops|0|'maxHops' must be between 1 and 6, was 0.",
            "/api/paths|maxHops|7|'maxHops' must be between 1 and 6, was 7.",
            "/api/paths|maxHops|two|'maxHops' must be a whole number; was \"two\".",
            "/api/paths|maxHops|99999999999999999999|'maxHops' must be a whole number; was \"99999999999999999999\".",
            "/api/paths|limit|0|'limit' must be between 1 and 100, was 0.",
            "/api/paths|factsPerHop|1001|'factsPerHop' must be between 1 and 1000, was 1001.",
            "/api/paths|asOf|28/01/2026|'asOf' must be an ISO date YYYY-MM-DD, e.g. 2026-01-28; was \"28/01/2026\".",
            "/api/paths|mode|longest|'mode' must be one of shortest, all; was \"longest\".",
            "/api/paths|types|LIKES|'types' holds the unknown relationship type \"LIKES\"; allowed: HEADQUARTERED_IN, IMPORTS_FROM, PARTY_TO.",
            "/api/paths|from|VN|'from' must be an id of the form kind:key, e.g. country:VN or firm:asml; was \"VN\".",
            "/api/entities/firm:asml/neighbourhood|depth|4|'depth' must be between 1 and 3, was 4.",
            "/api/entities/firm:asml/neighbourhood|limit|501|'limit' must be between 1 and 500, was 501.",
            "/api/entities/firm:asml/neighbourhood|types|HEADQUARTERED_IN,LIKES|'types' holds the unknown relationship type \"LIKES\"",
            "/api/entities|q|` `|'q' is required and must not be empty: a name or alias, e.g. q=viet nam.",
            "/api/entities|type|Planet|'type' must be one of Actor, Country, Firm, Resource; was \"Planet\".",
            "/api/entities|limit|101|'limit' must be between 1 and 100, was 101.",
            "/api/entities/country:VN|asOf|yesterday|'asOf' must be an ISO date YYYY-MM-DD, e.g. 2026-01-28; was \"yesterday\".",
            "/api/sources|offset|-1|'offset' must be between 0 and 1000000, was -1.",
            "/api/sources|limit|abc|'limit' must be a whole number; was \"abc\".",
            "/api/dependencies|producers|0|'producers' must be between 1 and 1000, was 0.",
            "/api/influence|limit|0|'limit' must be between 1 and 100, was 0.",
            "/api/influence|resource|gallium|'resource' must be an id of the form kind:key, e.g. country:VN or firm:asml; was \"gallium\".",
            "/api/centrality|algorithm|closeness|'algorithm' must be one of pagerank, betweenness, degree; was \"closeness\".",
            "/api/centrality|label|Planet|'label' must be one of Actor, Country, Firm, Resource; was \"Planet\".",
            "/api/export|format|pdf|'format' must be one of csv, graphml, json, ftm; was \"pdf\".",
            "/api/export|depth|9|'depth' must be between 1 and 3, was 9.",
    })
    void aBadParameterIsNamedWithWhatItAccepts(String path, String parameter, String value, String detail) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>(switch (path) {
            case "/api/paths" -> Map.of("from", "bloc:EU", "to", "firm:huawei");
            case "/api/entities" -> Map.of("q", "vietnam");
            case "/api/dependencies" -> Map.of("actor", "bloc:EU", "resource", "mineral:gallium");
            case "/api/influence" -> Map.of("target", "country:VN");
            case "/api/export" -> Map.of("center", "firm:asml");
            default -> Map.<String, String>of();
        });
        parameters.put(parameter, value);
        MockHttpServletRequestBuilder request = get(path);
        parameters.forEach(request::param);

        invalidParameter(mvc.perform(request), parameter)
                .andExpect(jsonPath("$.detail", startsWith(detail)));
    }

    @Test
    void aMissingIdIsNamedAndSaysWhereIdsAreFound() throws Exception {
        invalidParameter(mvc.perform(get("/api/paths").param("from", "bloc:EU")), "to")
                .andExpect(jsonPath("$.detail").value("'to' is required: an entity id such as country:VN"
                        + " (find ids with GET /api/entities?q=...)."));
    }

    @Test
    void theFirstBadParameterInTheEndpointsOrderIsTheOneNamed() throws Exception {
        invalidParameter(mvc.perform(get("/api/paths").param("from", "x").param("maxHops", "9").param("asOf", "soon")), "from");
        invalidParameter(mvc.perform(get("/api/paths").param("from", "bloc:EU").param("to", "firm:huawei")
                .param("asOf", "soon").param("limit", "0")), "limit");
    }

    @Test
    void aPathFromAnEntityToItselfIsRefused() throws Exception {
        invalidParameter(mvc.perform(get("/api/paths").param("from", "bloc:EU").param("to", "bloc:EU")), "to")
                .andExpect(jsonPath("$.detail", startsWith("'from' and 'to' are the same entity (\"bloc:EU\")")));
    }

    @Test
    void aSourceIdMustNameASource() throws Exception {
        invalidParameter(mvc.perform(get("/api/sources/country:VN")), "id")
                .andExpect(jsonPath("$.detail").value("a source id starts with \"source:\", e.g. source:commodities-2026-01-28;"
                        + " was \"country:VN\"."));
    }

    @Test
    void anExportIsEitherANeighbourhoodOrPaths() throws Exception {
        invalidParameter(mvc.perform(get("/api/export").param("center", "firm:asml").param("from", "bloc:EU")), "center")
                .andExpect(jsonPath("$.detail", startsWith("Give either 'center'")));
        invalidParameter(mvc.perform(get("/api/export").param("from", "bloc:EU").param("to", "firm:huawei")
                .param("maxHops", "0")), "maxHops");
    }

    @Test
    void aHugeValueIsShortenedInTheDetail() throws Exception {
        invalidParameter(mvc.perform(get("/api/entities/country:VN").param("asOf", "9".repeat(5_000))), "asOf")
                .andExpect(jsonPath("$.detail", containsString("… (5000 characters)")));
    }

    @Test
    void scenarioBodiesAreCheckedBeforeAnythingIsRead() throws Exception {
        invalidParameter(scenario("{\"targets\": [], \"changes\": []}"), "targets")
                .andExpect(jsonPath("$.detail").value("'targets' must list 1 to 5 entity ids, e.g. [\"bloc:EU\"]."));
        invalidParameter(scenario("{\"targets\": [\"bloc:EU\", \"nope\"], \"changes\": []}"), "targets")
                .andExpect(jsonPath("$.detail", startsWith("'targets' must be an id of the form kind:key")));
        invalidParameter(scenario("{\"targets\": [\"bloc:EU\"], \"changes\": [{\"type\": \"invade\"}]}"), "changes")
                .andExpect(jsonPath("$.detail").value("each change's 'type' must be one of restrict-exports, remove-actor,"
                        + " close-facility; was \"invade\"."));
        invalidParameter(scenario("{\"targets\": [\"bloc:EU\"], \"changes\": [{\"type\": \"remove-actor\"}]}"), "changes")
                .andExpect(jsonPath("$.detail", startsWith("'changes' is required: an entity id")));
        invalidParameter(scenario("{\"targets\": [\"bloc:EU\"], \"changes\": [{\"type\": \"remove-actor\", \"actor\": \"country:CN\"}]}"),
                "resource").andExpect(jsonPath("$.detail", startsWith("'resource' is required (e.g. mineral:gallium)")));
        invalidParameter(scenario("{\"targets\": [\"bloc:EU\"], \"limit\": 51, \"resource\": \"mineral:gallium\","
                + " \"changes\": [{\"type\": \"remove-actor\", \"actor\": \"country:CN\"}]}"), "limit");
        invalidParameter(mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)), "body");
        invalidParameter(scenario("[1, 2"), "body").andExpect(jsonPath("$.type").value("urn:lodestone:problem:invalid-body"))
                .andReturn();
    }

    private ResultActions scenario(String body) throws Exception {
        return mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions invalidParameter(ResultActions result, String parameter) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }
}
