package nl.geboortezorg.werkplaats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Liveness and readiness for orchestrators, and the request id on every log line of a request. */
@IntegrationTest
class HealthAndCorrelationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void liveness_and_readiness_answer_without_signing_in_and_readiness_includes_the_database() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db"))
                .as("a database outage must not restart the app")
                .isFalse();
    }

    @Test
    void a_request_id_from_a_proxy_is_kept_and_a_malformed_one_replaced() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-7f3a9c2e01"))
                .andExpect(header().string("X-Request-Id", "lb-7f3a9c2e01"));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "<script>alert(1)</script>"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}")));
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}")));
    }

    @Test
    void the_request_id_is_in_the_log_context_while_the_request_is_served_and_gone_after() throws Exception {
        List<String> during = new ArrayList<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestCorrelation.RequestId()
                .doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(
                            jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                        during.add(MDC.get(RequestCorrelation.REQUEST));
                    }
                }));
        assertThat(during).containsExactly(response.getHeader("X-Request-Id"));
        assertThat(MDC.get(RequestCorrelation.REQUEST)).isNull();
    }
}
