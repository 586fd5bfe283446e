package vn.chidoan.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoopbackOnlyTest {
    private final LoopbackOnly filter = new LoopbackOnly();

    private MockHttpServletResponse request(String from, String forwardedFor) throws Exception {
        return request(from, forwardedFor, "localhost");
    }

    private MockHttpServletResponse request(String from, String forwardedFor, String host) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sandbox/api/personas");
        request.setRemoteAddr(from);
        request.setServerName(host);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).as("passed on").isEqualTo(response.getStatus() == 200);
        return response;
    }

    @Test
    void requestsFromThisMachinePass() throws Exception {
        assertThat(request("127.0.0.1", null).getStatus()).isEqualTo(200);
        assertThat(request("0:0:0:0:0:0:0:1", null).getStatus()).isEqualTo(200);
        assertThat(request("::1", null).getStatus()).isEqualTo(200);
    }

    @Test
    void requestsFromOtherMachinesGetA403ThatSaysWhyAndHowToOpenIt() throws Exception {
        MockHttpServletResponse refused = request("192.168.1.20", null);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("chỉ mở trên máy chạy bot", "CHIDOAN_SANDBOX_ALLOW_REMOTE=true");
    }

    @Test
    void aRequestToAnotherNameCountsAsRemoteEvenFromLoopback() throws Exception {
        assertThat(request("127.0.0.1", null, "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(request("127.0.0.1", null, "evil.example").getStatus()).as("DNS rebinding").isEqualTo(403);
    }

    @Test
    void aRequestThroughAProxyCountsAsRemoteEvenFromLoopback() throws Exception {
        assertThat(request("127.0.0.1", "203.0.113.7").getStatus()).isEqualTo(403);
    }
}
