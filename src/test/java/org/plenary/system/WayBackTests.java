package org.plenary.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error page's way back: to the page a refused form was on, even where the form posts
 * to that page's own address; never to a page that itself failed to show, nor to another
 * site.
 */
class WayBackTests {

	@Test
	void aFormPostedToItsOwnPagesAddressLeadsBackToThatPage() {
		assertThat(WayBack.of(request("POST", "http://localhost/meetings/1/speakers")))
			.isEqualTo("/meetings/1/speakers");
	}

	@Test
	void aPageThatFailedToShowIsNoWayBack() {
		assertThat(WayBack.of(request("GET", "http://localhost/meetings/1/speakers"))).isNull();
	}

	@Test
	void anotherSiteIsNoWayBack() {
		assertThat(WayBack.of(request("POST", "http://example.org/meetings/1/speakers"))).isNull();
	}

	private static MockHttpServletRequest request(String method, String referer) {
		var request = new MockHttpServletRequest(method, "/meetings/1/speakers");
		request.setServerName("localhost");
		request.setServerPort(80);
		request.addHeader("Referer", referer);
		return request;
	}

}
