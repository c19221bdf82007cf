package org.huigui.casefile;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.huigui.identity.Offices;
import org.huigui.system.CurrentUser;
import org.huigui.system.InputRejected;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases of the offices the current user may see, in the database, one page at a time. A masked ID number
 * matches on its first 6 and last 4 digits only, so the list never confirms a full number.
 */
@Component
class CaseSearch {

	private static final char ESCAPE = '\\';

	private final CaseFileRepository cases;

	private final Offices offices;

	private final CurrentUser currentUser;

	CaseSearch(CaseFileRepository cases, Offices offices, CurrentUser currentUser) {
		this.cases = cases;
		this.offices = offices;
		this.currentUser = currentUser;
	}

	/** The cases of {@code office}, or of every office the user may see when it is blank. */
	@Transactional(readOnly = true)
	Page<CaseFile> find(String office, CaseQuery query) {
		Set<String> visible = offices.visibleTo(currentUser.id());
		if (office != null && !office.isBlank() && !visible.contains(office)) {
			throw new InputRejected("office", "无权查看该司法所的案件，或司法所代码不存在（" + office + "）");
		}
		Set<String> searched = office == null || office.isBlank() ? visible : Set.of(office);
		PageRequest page = PageRequest.of(query.page(), query.size(), switch (query.order()) {
			case openedAt -> Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("caseNumber"));
			case caseNumber -> Sort.by("caseNumber");
		});
		if (searched.isEmpty()) {
			return Page.empty(page);
		}
		return cases.findAll(matching(searched, query), page);
	}

	private static Specification<CaseFile> matching(Collection<String> officeCodes, CaseQuery query) {
		return (root, criteria, db) -> {
			// the page's rows load their person in the same select; the count needs only the join
			boolean counting = criteria.getResultType() == Long.class || criteria.getResultType() == long.class;
			From<?, ?> person = counting ? root.join("person") : (From<?, ?>) root.fetch("person");
			List<Predicate> all = new ArrayList<>();
			all.add(root.get("officeCode").in(officeCodes));
			if (query.status() != null) {
				all.add(db.equal(root.get("status"), query.status()));
			}
			if (query.type() != null) {
				all.add(db.equal(root.get("caseType"), query.type()));
			}
			if (query.grade() != null) {
				all.add(db.equal(root.get("grade"), query.grade()));
			}
			if (query.isMaskedIdNumber()) {
				String text = query.text().toUpperCase();
				all.add(db.like(person.get("idNumber"), text.substring(0, 6) + "_".repeat(text.length() - 10)
						+ text.substring(text.length() - 4)));
			}
			else if (query.text() != null) {
				String contains = "%" + escaped(query.text().toUpperCase()) + "%";
				all.add(db.or(db.like(db.upper(root.get("caseNumber")), contains, ESCAPE),
						db.like(db.upper(person.get("name")), contains, ESCAPE)));
			}
			return db.and(all.toArray(Predicate[]::new));
		};
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
