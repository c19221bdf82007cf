package org.huigui.casefile;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdNumber(String idNumber);

}

interface CaseFileRepository extends JpaRepository<CaseFile, String>, JpaSpecificationExecutor<CaseFile> {

	List<InstanceRecords.Stored> findByCaseTypeAndStatus(CaseType type, CaseStatus status);

	@Query("select c.caseNumber as caseNumber, c.status as status, c.processInstanceId as processInstanceId,"
			+ " c.officeCode as officeCode, p.name as personName"
			+ " from CaseFile c join c.person p where c.caseType = :type and c.caseNumber in :caseNumbers")
	List<CaseRecords.CaseWithPerson> findWithPerson(CaseType type, Collection<String> caseNumbers);

	List<CaseFile> findByPersonAndStatusIn(Person person, Collection<CaseStatus> statuses);

	@Query("select c from CaseFile c join fetch c.person where c.officeCode in :offices"
			+ " and (:status is null or c.status = :status) order by c.openedAt desc")
	List<CaseFile> findForOffices(Collection<String> offices, CaseStatus status);

}

interface SignedDocumentRepository extends JpaRepository<SignedDocument, Long> {

	List<SignedDocument> findByCaseNumberOrderById(String caseNumber);

}

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

	List<GroupMember> findByCaseNumberOrderById(String caseNumber);

	@Modifying
	@Query("delete from GroupMember m where m.caseNumber = :caseNumber")
	void deleteByCaseNumber(String caseNumber);

}

interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {

	List<GradeChange> findByCaseNumberOrderByDecidedAtAscIdAsc(String caseNumber);

}

interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

	List<TimelineEvent> findByCaseNumberOrderByOccurredAtAscIdAsc(String caseNumber);

}

interface CaseNumberCounterRepository extends JpaRepository<CaseNumberCounter, CaseNumberCounter.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CaseNumberCounter c where c.key = :key")
	Optional<CaseNumberCounter> lockByKey(CaseNumberCounter.Key key);

}
