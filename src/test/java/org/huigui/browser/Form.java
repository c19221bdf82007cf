package org.huigui.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** A Camunda Form in Tasklist, filled in by its labels as a person reads them. */
public final class Form {

	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final Locator form;

	Form(Locator form) {
		this.form = form;
	}

	/** Types into the field and leaves it, so that the form has taken the value before the next step. */
	public Form type(String label, String text) {
		Locator input = input(label);
		input.fill(text);
		input.blur();
		return this;
	}

	public Form date(String label, LocalDate date) {
		Locator input = input(label);
		input.fill(date.format(TYPED_DATE));
		input.press("Enter");
		return this;
	}

	public Form choose(String label, String option) {
		Locator field = field(label);
		field.locator(".fjs-select-display").click();
		field.locator(".fjs-dropdownlist-item", new Locator.LocatorOptions().setHasText(option)).first().click();
		return this;
	}

	public Form pick(String option) {
		form.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(named(option))).check();
		return this;
	}

	public Form tick(String label) {
		form.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(named(label))).check();
		return this;
	}

	public String value(String label) {
		return input(label).inputValue();
	}

	void waitUntilShown() {
		form.locator(".fjs-form-field").first().waitFor();
	}

	/** The message under a field the browser refuses. */
	public Locator errorOf(String label) {
		return field(label).locator(".fjs-form-field-error");
	}

	private Locator input(String label) {
		return form.getByLabel(named(label));
	}

	/** The label exactly, with the asterisk a required field adds (a JavaScript pattern: no \\Q). */
	private static Pattern named(String label) {
		return Pattern.compile("^\\s*" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*\\*?\\s*$");
	}

	private Locator field(String label) {
		return form.locator(".fjs-form-field").filter(new Locator.FilterOptions()
			.setHas(form.page().locator("label.fjs-form-field-label", new Page.LocatorOptions().setHasText(label))));
	}

}
