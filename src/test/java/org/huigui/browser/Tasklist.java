package org.huigui.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;

/** Camunda Tasklist as a logged-in user sees it: filters, the task list, start and task forms. */
public final class Tasklist {

	private final Page page;

	private final Screenshots screenshots;

	Tasklist(Page page, Screenshots screenshots) {
		this.page = page;
		this.screenshots = screenshots;
		page.locator("[cam-tasklist-filters] .task-filter").first().waitFor();
	}

	/**
	 * Opens a process's start form. Tasklist may redraw its list of processes just as one is clicked, and then the
	 * click opens nothing: the process is clicked again while its list is still shown.
	 */
	public Form startProcess(String processName) {
		page.locator("li.start-process-action a").click();
		Locator process = page.locator(".modal-content a", new Page.LocatorOptions().setHasText(processName)).first();
		Locator form = page.locator(".modal-content form.fjs-form");
		for (int attempt = 1; ; attempt++) {
			process.click();
			try {
				form.waitFor(new Locator.WaitForOptions().setTimeout(attempt < 3 ? 5_000 : 15_000));
				return new Form(form);
			}
			catch (TimeoutError notYet) {
				if (attempt == 3 || !process.isVisible()) {
					throw notYet;
				}
			}
		}
	}

	/** Presses the start button and waits until the dialog is gone. */
	public void start(String step) {
		screenshots.take(page, step);
		startButton().click();
		page.locator(".modal-content").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
	}

	public Locator startButton() {
		return page.locator(".modal-footer button.btn-primary");
	}

	/** Presses the start button of a form the server refuses: the dialog stays with the message. */
	public Locator startRefused() {
		startButton().click();
		Locator message = page.locator(".modal-content .alert-danger, .page-notifications .alert-danger").first();
		message.waitFor();
		message.evaluate("message => message.scrollIntoView({block: 'center'})");
		return message;
	}

	public Tasklist filter(String name) {
		page.locator("[cam-tasklist-filters] .task-filter", new Page.LocatorOptions().setHasText(name)).first()
			.locator("a").first().click();
		page.locator("[cam-tasklist-filters] .task-filter.active", new Page.LocatorOptions().setHasText(name))
			.waitFor();
		page.waitForLoadState();
		return this;
	}

	/** The tasks in the list, each showing its name and the case's variables. */
	public Locator tasks() {
		return page.locator("[cam-tasks] li.task");
	}

	public Locator tasks(String taskName) {
		return tasks().filter(new Locator.FilterOptions()
			.setHas(page.locator(".names .task", new Page.LocatorOptions().setHasText(taskName))));
	}

	/**
	 * Opens the task of that name whose form shows the person, claims it if nobody has, and gives its
	 * form. Office staff may not read process variables, so the list does not show whose task it is:
	 * like them, this opens one task after the other.
	 */
	public Form open(String taskName, String personName) {
		return open(taskName, "姓名", personName);
	}

	/** As {@link #open(String, String)}, for a form that labels the person's name otherwise. */
	public Form open(String taskName, String nameLabel, String personName) {
		awaitInList(taskName);
		do {
			Locator candidates = tasks(taskName);
			for (int i = 0; i < candidates.count(); i++) {
				Form form = open(candidates.nth(i));
				if (personName.equals(form.value(nameLabel))) {
					claimIfFree();
					return form;
				}
			}
		}
		while (nextPage());
		throw new AssertionError("no task " + taskName + " of " + personName + " in the list");
	}

	/** Opens the first task of that name in the list, on whichever of its pages it is, and claims it if nobody has. */
	public Form openFirst(String taskName) {
		awaitInList(taskName);
		while (tasks(taskName).count() == 0) {
			if (!nextPage()) {
				throw new AssertionError("no task " + taskName + " in the list");
			}
		}
		Form form = open(tasks(taskName).first());
		claimIfFree();
		return form;
	}

	/** A task just created may take a moment to show; it may also be on a later page than the first. */
	private void awaitInList(String taskName) {
		tasks().first().waitFor();
		try {
			tasks(taskName).first().waitFor(new Locator.WaitForOptions().setTimeout(5_000));
		}
		catch (TimeoutError notOnThisPage) {
			// looked for page by page
		}
	}

	/** Tasklist shows a list 15 tasks a page: goes on to the next page, if there is one. */
	private boolean nextPage() {
		Locator next = page.locator("[cam-tasks] .pagination .pagination-next:not(.disabled) a");
		if (next.count() == 0) {
			return false;
		}
		String firstBefore = tasks().first().innerText();
		next.click();
		page.waitForCondition(() -> tasks().count() > 0 && !tasks().first().innerText().equals(firstBefore));
		return true;
	}

	/** Opens a task of the list and gives its form, without claiming it. */
	public Form open(Locator taskInList) {
		String name = taskInList.locator(".names .task").innerText().strip();
		taskInList.locator(".names .task a").click();
		Locator view = page.locator("[cam-tasklist-task]");
		view.locator("h2", new Locator.LocatorOptions().setHasText(name)).first().waitFor();
		Form form = new Form(view.locator("form.fjs-form"));
		form.waitUntilShown();
		return form;
	}

	private void claimIfFree() {
		Locator view = page.locator("[cam-tasklist-task]");
		Locator claim = view.locator("button.claim");
		if (claim.isVisible()) {
			claim.click();
			view.locator("button.unclaim").waitFor();
		}
	}

	/** The due date of the open task, as its tooltip spells it out. */
	public String dueDate() {
		Locator due = page.locator("[cam-tasklist-task] .due-date [am-time-ago]");
		due.hover();
		// another tooltip (a claim button's) may still be showing: the due date's is the one with a year
		Locator tooltip = page.locator(".tooltip-inner", new Page.LocatorOptions().setHasText(Pattern.compile("\\d{4}")));
		tooltip.waitFor();
		return due.innerText() + " / " + tooltip.innerText();
	}

	/** Completes the open task and waits until Tasklist has closed it; a refusal fails with its message. */
	public void complete(String step) {
		screenshots.take(page, step);
		Locator view = page.locator("[cam-tasklist-task]");
		view.locator("button[ng-click='complete()']").click();
		Locator form = view.locator("form.fjs-form");
		Locator refusal = page.locator(".page-notifications .alert-danger");
		page.waitForCondition(() -> form.count() == 0 || refusal.count() > 0);
		if (refusal.count() > 0) {
			throw new AssertionError(step + " refused: " + refusal.first().innerText());
		}
	}

	public void screenshot(String step) {
		screenshots.take(page, step);
	}

	public Page page() {
		return page;
	}

}
