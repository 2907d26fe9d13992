package org.plenary.positions;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ModelsBrowserTests extends BrowserTest {

	@Test
	void aReaderComparesTwoModelsAndSeesWhereTheyDiffer() {
		this.page.navigate(url("/models"));

		this.page.getByLabel("Compare G4 model").check();
		this.page.getByLabel("Compare Uniting for Consensus model").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the models chosen")).click();

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Models compared")))
			.isVisible();
		var table = this.page.getByRole(AriaRole.TABLE);
		assertThat(table.getByRole(AriaRole.COLUMNHEADER).nth(1)).containsText("G4 model, revision 2");
		assertThat(table.getByRole(AriaRole.COLUMNHEADER).nth(2)).containsText("Uniting for Consensus model");
		var permanent = table.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHas(this.page.getByRole(AriaRole.ROWHEADER,
					new Page.GetByRoleOptions().setName("Permanent members").setExact(true))));
		assertThat(permanent.getByRole(AriaRole.CELL).nth(0)).hasText("11");
		assertThat(permanent.locator("mark")).hasText("5");
		assertThat(this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Seats per region")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF"))).isVisible();
	}

}
