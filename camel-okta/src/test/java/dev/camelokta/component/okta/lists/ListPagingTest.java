package dev.camelokta.component.okta.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.api.OktaPageException;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.paging.OktaPageIterator;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lists page through Okta's {@code Link} header lazily, one page held at a time; a page that fails mid-stream
 * ends the walk with the cursor to resume from; singlePage gives one page and its cursor; a next link off the org's
 * origin or path is never followed.
 */
class ListPagingTest extends OktaTestSupport {

    private static final String USERS = "/api/v1/users";
    private final List<String> walked = new CopyOnWriteArrayList<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:walk")
                        .to(oktaUri("listUsers", "maxRetries=0"))
                        .split(body()).streaming()
                            .process(exchange -> walked.add(exchange.getMessage().getBody(OktaUser.class).getId()))
                        .end();
            }
        };
    }

    @Test
    void aSplitWalksThreePagesAndAnEmptyOneInOrder() {
        page(null, 2, "u1", "u2").next("c2").stub();
        page("c2", 2, "u3", "u4").next("c3").stub();
        page("c3", 2).next("c4").stub(); // an empty page that still has a next link
        page("c4", 2, "u5").stub();

        Exchange exchange = walk(Map.of(OktaConstants.LIMIT, 2));

        assertThat(exchange.getException()).isNull();
        assertThat(walked).containsExactly("u1", "u2", "u3", "u4", "u5");
        assertThat(afters()).containsExactly(null, "c2", "c3", "c4");
        assertThat(OKTA.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().queryParameter("limit")
                .firstValue()).isEqualTo("2"));
    }

    @Test
    void anEmptyListIsAnIteratorWithNothingInIt() {
        page(null, 200).stub();

        Exchange exchange = call(oktaUri("listUsers"), null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(true);
        OktaPageIterator<?> users = exchange.getMessage().getBody(OktaPageIterator.class);
        assertThat(users.hasNext()).isFalse();
        assertThat(oktaCallCount()).isEqualTo(1);
    }

    @Test
    void eachPageIsFetchedOnlyWhenTheOneBeforeIsConsumedAndOnlyOneIsHeld() {
        page(null, 3, "u1", "u2", "u3").next("c2").stub();
        page("c2", 3, "u4", "u5", "u6").next("c3").stub();
        page("c3", 3, "u7").stub();

        OktaPageIterator<OktaUser> users = iterator(call(oktaUri("listUsers"), Map.of("limit", 3)));
        List<Integer> requestsAtEachItem = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int mostBuffered = users.buffered();
        for (int bound = 0; users.hasNext() && bound < 100; bound++) {
            mostBuffered = Math.max(mostBuffered, users.buffered());
            ids.add(users.next().getId());
            requestsAtEachItem.add(oktaCallCount());
        }

        assertThat(ids).containsExactly("u1", "u2", "u3", "u4", "u5", "u6", "u7");
        assertThat(requestsAtEachItem).containsExactly(1, 1, 1, 2, 2, 2, 3);
        assertThat(mostBuffered).as("items held at once").isEqualTo(3);
        assertThat(users.buffered()).isZero();
        assertThat(users.pagesFetched()).isEqualTo(3);
    }

    @Test
    void aPageThatFailsMidStreamEndsTheSplitWithTheCursorToResumeFrom() {
        page(null, 2, "u1", "u2").next("c2").stub();
        givenOkta(get(urlPathEqualTo(USERS)).withQueryParam("after", equalTo("c2")), oktaJson(500, "error-500.html")
                .withHeader("Content-Type", "text/html"));

        Exchange exchange = walk(Map.of(OktaConstants.LIMIT, 2));

        OktaPageException failure = exchange.getException(OktaPageException.class);
        assertThat(failure).as("the exception that ends the split").isNotNull();
        assertThat(failure.getResumeCursor()).isEqualTo("c2");
        assertThat(failure.getPage()).isEqualTo(2);
        assertThat(failure.getItemsBefore()).isEqualTo(2);
        assertThat(failure.getHttpStatus()).isEqualTo(500);
        assertThat(failure.getMessage()).contains("okta:listUsers failed on page 2 after 2 items: HTTP 500")
                .contains("resume with after=c2").doesNotContain(TOKEN);
        assertThat(walked).containsExactly("u1", "u2");

        // Okta is back: the same list from the resume cursor gives the rest, nothing twice, nothing lost
        OKTA.resetAll();
        page("c2", 2, "u3").stub();
        walked.clear();
        Exchange resumed = walk(Map.of(OktaConstants.LIMIT, 2, OktaConstants.AFTER, failure.getResumeCursor()));

        assertThat(resumed.getException()).isNull();
        assertThat(walked).containsExactly("u3");
    }

    @Test
    void aFailedPageFailsEveryLaterCallRatherThanEndTheList() {
        page(null, 1, "u1").next("c2").stub();
        givenOkta(get(urlPathEqualTo(USERS)).withQueryParam("after", equalTo("c2")), oktaJson(401, "error-401-invalid-token.json"));
        OktaPageIterator<OktaUser> users = iterator(call(oktaUri("listUsers", "maxRetries=0"), null));
        users.next();

        assertThat(users.hasNext()).as("there is more: a failure to report").isTrue();
        assertThatThrownBy(users::next).isInstanceOf(OktaPageException.class).hasMessageContaining("E0000011");
        assertThat(users.hasNext()).isTrue();
        assertThatThrownBy(users::next).isInstanceOf(OktaPageException.class);
        assertThat(oktaCallCount()).isEqualTo(2);
    }

    @Test
    void theFirstPageFailingIsAFailedResult() {
        givenOkta(get(urlPathEqualTo(USERS)), oktaJson(401, "error-401-invalid-token.json"));

        Exchange exchange = call(oktaUri("listUsers"), null);

        assertThat(exchange.getException()).isNull();
        OktaUserPageResult result = exchange.getMessage().getBody(OktaUserPageResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("HTTP 401 E0000011");
        assertThat(result.getUsers()).isEmpty();
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(401);
    }

    @Test
    void singlePageGivesOnePageAndTheCursorToResumeFromLater() {
        page(null, 2, "u1", "u2").next("c2").stub();
        page("c2", 2, "u3").stub();

        Exchange first = call(oktaUri("listUsers", "singlePage=true"), Map.of("limit", 2));
        OktaUserPageResult page1 = first.getMessage().getBody(OktaUserPageResult.class);

        assertThat(page1.isSuccess()).isTrue();
        assertThat(page1.getUsers()).extracting(OktaUser::getId).containsExactly("u1", "u2");
        assertThat(page1.getAfter()).isEqualTo("c2");
        assertThat(first.getMessage().getHeader(OktaConstants.NEXT_CURSOR)).isEqualTo("c2");
        assertThat(oktaCallCount()).as("no page fetched ahead").isEqualTo(1);

        // later, from the cursor; the header from the page before is not left standing on the last page
        Exchange second = template.send(oktaUri("listUsers"), exchange -> {
            exchange.getMessage().setHeaders(new java.util.HashMap<>(first.getMessage().getHeaders()));
            exchange.getMessage().setHeader(OktaConstants.SINGLE_PAGE, true);
            exchange.getMessage().setHeader(OktaConstants.AFTER, page1.getAfter());
            exchange.getMessage().setHeader(OktaConstants.LIMIT, 2);
        });
        OktaUserPageResult page2 = second.getMessage().getBody(OktaUserPageResult.class);

        assertThat(page2.getUsers()).extracting(OktaUser::getId).containsExactly("u3");
        assertThat(page2.getAfter()).isNull();
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(OktaConstants.NEXT_CURSOR);
        assertThat(page2.toString()).startsWith("{\"success\":true,\"error\":null,\"users\":[{\"id\":\"u3\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "http://attacker.example.com:{port}/api/v1/users?after=c2",
            "http://localhost:{port}/api/v1/users?after=c2", "https://127.0.0.1:{port}/api/v1/users?after=c2",
            "http://127.0.0.1:1/api/v1/users?after=c2", "http://user@127.0.0.1:{port}/api/v1/users?after=c2",
            "http://127.0.0.1:{port}/api/v1/groups?after=c2", "http://127.0.0.1:{port}/api/v1/users/00u1?after=c2",
            "//attacker.example.com/api/v1/users?after=c2" })
    void aNextLinkOffTheOrgsOriginOrPathIsNotFollowed(String link) {
        String next = link.replace("{port}", String.valueOf(OKTA.getPort()));
        givenOkta(get(urlPathEqualTo(USERS)), users(List.of("u1")).withHeader("Link", "<" + next + ">; rel=\"next\""));

        Exchange exchange = call(oktaUri("listUsers"), null);

        OktaUserPageResult result = exchange.getMessage().getBody(OktaUserPageResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("its next link " + next).contains("not followed");
        assertThat(oktaCallCount()).as("the token went nowhere else").isEqualTo(1);
    }

    @Test
    void aForeignNextLinkMidStreamEndsTheWalkWithTheCursorOfThatPage() {
        page(null, 1, "u1").next("c2").stub();
        givenOkta(get(urlPathEqualTo(USERS)).withQueryParam("after", equalTo("c2")),
                users(List.of("u2")).withHeader("Link", "<https://attacker.example.com/api/v1/users?after=c3>; rel=\"next\""));

        Exchange exchange = walk(Map.of());

        OktaPageException failure = exchange.getException(OktaPageException.class);
        assertThat(failure.getMessage()).contains("is not on the org's origin http://127.0.0.1:" + OKTA.getPort());
        assertThat(failure.getResumeCursor()).isEqualTo("c2");
        assertThat(walked).containsExactly("u1");
        assertThat(oktaCallCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "</api/v1/users?after=c2; rel=\"next\"", "<http://127.0.0.1/x>; rel=\"next", "rel=next",
            "<http://127.0.0.1/x>; =next" })
    void aMalformedLinkHeaderFailsTheListRatherThanEndIt(String header) {
        givenOkta(get(urlPathEqualTo(USERS)), users(List.of("u1")).withHeader("Link", header));

        OktaUserPageResult result = call(oktaUri("listUsers"), null).getMessage().getBody(OktaUserPageResult.class);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("the Link header is malformed");
    }

    @Test
    void aRelativeNextLinkAndOtherRelationsAreReadAsTheRfcSays() {
        givenOkta(get(urlPathEqualTo(USERS)).withQueryParam("after", absent()), users(List.of("u1"))
                .withHeader("Link", "<" + baseUrl() + USERS + ">; rel=\"self\", </api/v1/users?limit=1&after=c%202>; "
                                    + "title=\"page, two\"; REL=\"NEXT\""));
        page("c 2", 1, "u2").stub();

        assertThat(ids(iterator(call(oktaUri("listUsers"), null)))).containsExactly("u1", "u2");
        assertThat(afters()).containsExactly(null, "c 2");
    }

    @Test
    void aNextLinkRepeatingItsOwnCursorEndsTheWalkInsteadOfLoopingForever() {
        page(null, 1, "u1").next("c2").stub();
        page("c2", 1, "u2").next("c2").stub();

        OktaPageIterator<OktaUser> users = iterator(call(oktaUri("listUsers"), null));
        users.next();

        assertThatThrownBy(users::next).isInstanceOf(OktaPageException.class).hasMessageContaining("never end");
        assertThat(oktaCallCount()).isEqualTo(2);
    }

    @Test
    void closingTheIteratorFetchesNoMore() throws Exception {
        page(null, 1, "u1").next("c2").stub();
        page("c2", 1, "u2").stub();
        OktaPageIterator<OktaUser> users = iterator(call(oktaUri("listUsers"), null));

        users.close();

        assertThat(users.hasNext()).isFalse();
        assertThat(users.buffered()).isZero();
        assertThat(oktaCallCount()).isEqualTo(1);
    }

    @Test
    void searchFilterAndQAreOneAtMost() {
        Exchange exchange = call(oktaUri("listUsers"), Map.of("search", "status eq \"ACTIVE\"", "q", "ada"));

        assertThat(exchange.getMessage().getBody(OktaUserPageResult.class).getError())
                .isEqualTo("Several queries for okta:listUsers: search, q are given; give at most one of search, filter, q");
        verifyNoOktaCall();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-5" })
    void aPageSizeBelowOneIsRefusedBeforeAnyCall(String limit) {
        Exchange exchange = call(oktaUri("listUsers"), null, Map.of(OktaConstants.LIMIT, limit));

        assertThat(exchange.getMessage().getBody(OktaUserPageResult.class).getError())
                .startsWith("Invalid limit " + limit + " for okta:listUsers: it is the page size");
        verifyNoOktaCall();
    }

    // --- helpers

    private Exchange walk(Map<String, Object> headers) {
        return template.send("direct:walk", exchange -> exchange.getMessage().getHeaders().putAll(headers));
    }

    @SuppressWarnings("unchecked")
    private static OktaPageIterator<OktaUser> iterator(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(OktaPageIterator.class);
    }

    private static List<String> ids(OktaPageIterator<OktaUser> users) {
        List<String> ids = new ArrayList<>();
        for (int bound = 0; users.hasNext() && bound < 100; bound++) {
            ids.add(users.next().getId());
        }
        return ids;
    }

    /** The after of each request, in the order they came. */
    private static List<String> afters() {
        List<ServeEvent> events = new ArrayList<>(OKTA.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(event -> event.getRequest().queryParameter("after"))
                .map(after -> after.isPresent() ? after.firstValue() : null).toList();
    }

    private static PageStub page(String after, int limit, String... ids) {
        return new PageStub(after, limit, List.of(ids), null);
    }

    private record PageStub(String after, int limit, List<String> ids, String next) {

        PageStub next(String cursor) {
            return new PageStub(after, limit, ids, cursor);
        }

        void stub() {
            ResponseDefinitionBuilder answer = users(ids).withHeader("Link", "<" + baseUrl() + USERS + ">; rel=\"self\"");
            if (next != null) {
                answer = answer.withHeader("Link", "<" + baseUrl() + USERS + "?limit=" + limit + "&after=" + next
                                                   + ">; rel=\"next\"");
            }
            givenOkta(get(urlPathEqualTo(USERS)).withQueryParam("after", after == null ? absent() : equalTo(after)), answer);
        }
    }

    private static ResponseDefinitionBuilder users(List<String> ids) {
        List<Map<String, Object>> users = ids.stream().map(id -> Map.<String, Object> of("id", id, "status", "ACTIVE",
                "profile", Map.of("login", id + "@example.com"))).toList();
        return oktaAnswer(200).withHeader("Content-Type", "application/json").withBody(OktaJson.write(users));
    }
}
