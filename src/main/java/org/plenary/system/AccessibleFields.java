package org.plenary.system;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Every form field bound with {@code th:field} that the server refused says so to
 * assistive technology: {@code aria-invalid="true"} and {@code aria-describedby} naming
 * its message ({@code <field>-error}, written by the fieldErrors fragment), so no
 * template has to repeat it.
 */
@Component
class AccessibleFields extends AbstractProcessorDialect {

	AccessibleFields() {
		// Before the Spring standard dialect (1000), which consumes th:field.
		super("Accessible fields", "th", 900);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Invalid(dialectPrefix));
	}

	static final class Invalid extends AbstractAttributeTagProcessor {

		Invalid(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "field", true, 1, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			var field = attributeValue.trim();
			if (!field.startsWith("*{") || !field.endsWith("}")) {
				return;
			}
			if ("option".equalsIgnoreCase(tag.getElementCompleteName())) {
				// A select's options carry its th:field too: the select alone is invalid.
				return;
			}
			if (!FieldUtils.hasErrors(context, field)) {
				return;
			}
			// A row of a list ("*{meetings[__${i.index}__].status}") is named as bound:
			// meetings[1].status.
			var name = field.contains("__") ? FieldUtils.getBindStatus(context, field).getExpression()
					: field.substring(2, field.length() - 1).trim();
			structure.setAttribute("aria-invalid", "true");
			var describedBy = tag.getAttributeValue("aria-describedby");
			structure.setAttribute("aria-describedby", (describedBy == null || describedBy.isBlank()) ? name + "-error"
					: describedBy + " " + name + "-error");
		}

	}

}
