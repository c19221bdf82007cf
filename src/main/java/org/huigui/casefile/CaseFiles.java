package org.huigui.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.identity.OfficeAccess;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case store's write side (一人一档): every change to a case goes through here and leaves a line
 * on its timeline. Runs inside the engine's transaction when called from a delegate.
 */
@Service
@Transactional
@NamedInterface("api")
public class CaseFiles {

	private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.INTAKE, CaseStatus.UNDER_SUPERVISION,
			CaseStatus.UNDER_ASSISTANCE);

	/** The reason a case closed whose opening process was cancelled. */
	public static final String CANCELLED = "CANCELLED";

	static final int STRICT_MONTHS_AFTER_RECEPTION = 2;

	private final PersonRepository persons;

	private final CaseFileRepository cases;

	private final SignedDocumentRepository documents;

	private final GroupMemberRepository members;

	private final CaseNumbers numbers;

	private final Timeline timeline;

	private final OfficeAccess officeAccess;

	private final Grades grades;

	CaseFiles(PersonRepository persons, CaseFileRepository cases, SignedDocumentRepository documents,
			GroupMemberRepository members, CaseNumbers numbers, Timeline timeline, OfficeAccess officeAccess,
			Grades grades) {
		this.persons = persons;
		this.cases = cases;
		this.documents = documents;
		this.members = members;
		this.numbers = numbers;
		this.timeline = timeline;
		this.officeAccess = officeAccess;
		this.grades = grades;
	}

	/** Opens a community-correction case, refusing a second open case for the same person. */
	public CaseFile openCorrectionCase(NewPerson who, String officeCode, CorrectionSentence sentence) {
		Person person = personWithoutOpenCase(who);
		CaseFile caseFile = cases.save(new CaseFile(numbers.next(CaseType.COMMUNITY_CORRECTION, currentYear()), person,
				officeCode, sentence, ClockUtil.getCurrentTime().toInstant()));
		timeline.record(caseFile.getCaseNumber(), "CASE_OPENED", "收到法律文书，登记案件",
				"%s（%s），%s，决定机关：%s，矫正期 %s 至 %s".formatted(who.name(), who.gender().label(),
						sentence.correctionType().label(), sentence.decisionOrgan(), sentence.termStart(), sentence.termEnd()));
		return caseFile;
	}

	/** Opens a resettlement-assistance case (安置帮教), refusing a second open case for the same person. */
	public CaseFile openAssistanceCase(NewPerson who, String officeCode, String summary, String detail) {
		Person person = personWithoutOpenCase(who);
		CaseFile caseFile = cases.save(CaseFile.assistance(numbers.next(CaseType.RESETTLEMENT_ASSISTANCE, currentYear()),
				person, officeCode, ClockUtil.getCurrentTime().toInstant()));
		timeline.record(caseFile.getCaseNumber(), "CASE_OPENED", summary, detail);
		return caseFile;
	}

	/** The person's open case, if any: one person has at most one. */
	@Transactional(readOnly = true)
	public Optional<CaseFile> openCaseOf(String idNumber) {
		return persons.findByIdNumber(idNumber)
			.flatMap(person -> cases.findByPersonAndStatusIn(person, OPEN).stream().findFirst());
	}

	private Person personWithoutOpenCase(NewPerson who) {
		Person person = persons.findByIdNumber(who.idNumber()).orElseGet(() -> new Person(who.name(), who.gender(), who.idNumber()));
		if (person.getId() != null) {
			List<CaseFile> open = cases.findByPersonAndStatusIn(person, OPEN);
			if (!open.isEmpty()) {
				CaseFile other = open.get(0);
				throw new InputRejected("idNumber", "此人已有未结案件 %s（%s），不能重复立案".formatted(other.getCaseNumber(),
						other.getStatus().label()));
			}
			person.renameTo(who.name(), who.gender());
		}
		return persons.save(person);
	}

	private static int currentYear() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@Transactional(readOnly = true)
	public CaseFile get(String caseNumber) {
		return cases.findById(caseNumber).orElseThrow(() -> new CaseNotFound(caseNumber));
	}

	@Transactional(readOnly = true)
	public Optional<CaseFile> find(String caseNumber) {
		return cases.findById(caseNumber);
	}

	/**
	 * The case a request names, which must exist at an office the logged-in user works at; another
	 * office's case is refused as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public CaseFile requested(String caseNumber) {
		return cases.findById(caseNumber)
			.filter(c -> officeAccess.currentUserMayWorkAt(c.getOfficeCode()))
			.orElseThrow(() -> new InputRejected("caseNumber", "案件 " + caseNumber + " 不存在"));
	}

	/** The case, which must exist and be under supervision, or the request naming it is refused. */
	@Transactional(readOnly = true)
	public CaseFile underSupervision(String caseNumber) {
		CaseFile caseFile = requested(caseNumber);
		if (caseFile.getStatus() != CaseStatus.UNDER_SUPERVISION) {
			throw new InputRejected("caseNumber", "只有在矫对象可以办理（该案件：" + caseFile.getStatus().label() + "）");
		}
		return caseFile;
	}

	/** 变更执行地: from now on the case belongs to the receiving office. */
	public void moveToOffice(String caseNumber, String officeCode) {
		CaseFile caseFile = get(caseNumber);
		String from = caseFile.getOfficeCode();
		caseFile.movedTo(officeCode);
		timeline.record(caseNumber, "OFFICE_CHANGED", "执行地变更：由 " + from + " 移交 " + officeCode, null);
	}

	/** 结案: the case ends, with the reason and what the timeline shows. */
	public void close(String caseNumber, LocalDate on, String reason, String summary, String detail) {
		get(caseNumber).closed(on, reason);
		timeline.record(caseNumber, "CASE_CLOSED", summary, detail);
	}

	/**
	 * 撤销: the process that keeps the case in {@code status} was cancelled; a case still there closes, and the
	 * person may be registered again. Answers whether it closed.
	 */
	public boolean closeAsCancelled(String caseNumber, CaseStatus status, String summary, Cancellation cancellation) {
		CaseFile caseFile = get(caseNumber);
		if (caseFile.getStatus() != status) {
			return false;
		}
		caseFile.closed(Fields.today(), CANCELLED);
		timeline.record(caseNumber, "CASE_CLOSED", summary, cancellation.detail());
		return true;
	}

	public void recordSigned(String caseNumber, DocumentKind kind, LocalDate signedOn) {
		recordSigned(caseNumber, List.of(kind), signedOn);
	}

	public void linkProcess(String caseNumber, String processInstanceId) {
		get(caseNumber).startedBy(processInstanceId);
	}

	/** The person's phone and address, as given when reporting (报到). */
	public void recordContact(String caseNumber, String phone, String address) {
		get(caseNumber).getPerson().contactAt(phone, address);
	}

	/** Documents the person signed on one day (一签定). */
	public void recordSigned(String caseNumber, List<DocumentKind> kinds, LocalDate signedOn) {
		get(caseNumber);
		String user = timeline.currentUser();
		for (DocumentKind kind : kinds) {
			documents.save(new SignedDocument(caseNumber, kind, signedOn, user));
		}
	}

	/** 矫正小组, replacing any earlier one; a female subject's group must include a woman (Law Art. 25). */
	public void recordCorrectionGroup(String caseNumber, List<NewGroupMember> group) {
		CaseFile caseFile = get(caseNumber);
		if (caseFile.getPerson().getGender() == Gender.FEMALE && group.stream().noneMatch(NewGroupMember::female)) {
			throw new InputRejected("femaleMember", "矫正对象为女性的，矫正小组中应有女性成员");
		}
		members.deleteByCaseNumber(caseNumber);
		members.saveAll(group.stream()
			.map(member -> new GroupMember(caseNumber, member.role(), member.name(), member.female()))
			.toList());
	}

	/**
	 * 列管: the case, received on {@code receivedOn}, is under supervision, strictly managed (严管) for its first
	 * {@value #STRICT_MONTHS_AFTER_RECEPTION} months.
	 */
	public void putUnderSupervision(String caseNumber, LocalDate receivedOn) {
		get(caseNumber).putUnderSupervision();
		LocalDate reviewOn = receivedOn.plusMonths(STRICT_MONTHS_AFTER_RECEPTION);
		grades.change(caseNumber, Grade.STRICT, reviewOn,
				"入矫列管，前 %d 个月严管".formatted(STRICT_MONTHS_AFTER_RECEPTION));
		timeline.record(caseNumber, "UNDER_SUPERVISION", "入矫完成，列入在矫管理",
				"管理等级：%s，%s 起可评定调整".formatted(Grade.STRICT.label(), reviewOn));
	}

	public void recordEvent(String caseNumber, String kind, String summary, String detail) {
		get(caseNumber);
		timeline.record(caseNumber, kind, summary, detail);
	}

	/** As {@link #recordEvent}, when the business key names a case: some processes run before there is one. */
	public void recordEventIfCase(String businessKey, String kind, String summary, String detail) {
		if (cases.findById(businessKey).isPresent()) {
			timeline.record(businessKey, kind, summary, detail);
		}
	}

	@Transactional(readOnly = true)
	public List<SignedDocument> documentsOf(String caseNumber) {
		return documents.findByCaseNumberOrderById(caseNumber);
	}

	@Transactional(readOnly = true)
	public List<GroupMember> groupOf(String caseNumber) {
		return members.findByCaseNumberOrderById(caseNumber);
	}

	@Transactional(readOnly = true)
	public List<CaseFile> ofOffices(Collection<String> officeCodes, CaseStatus status) {
		return officeCodes.isEmpty() ? List.of() : cases.findForOffices(officeCodes, status);
	}


}
