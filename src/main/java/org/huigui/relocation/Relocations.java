package org.huigui.relocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relocation requests in the case store, each change also on the case's timeline. */
@Service
@Transactional
class Relocations {

	private final RelocationRequestRepository requests;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	Relocations(RelocationRequestRepository requests, CaseFiles caseFiles, Timeline timeline) {
		this.requests = requests;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
	}

	RelocationRequest apply(String caseNumber, String fromOffice, String targetOffice, String newAddress,
			LocalDate plannedMoveOn, String reason, boolean late, String processInstanceId) {
		RelocationRequest request = requests.save(new RelocationRequest(caseNumber, fromOffice, targetOffice, newAddress,
				plannedMoveOn, reason, late, processInstanceId, ClockUtil.getCurrentTime().toInstant()));
		timeline.record(caseNumber, "RELOCATION_REQUESTED", "迁居（变更执行地）申请：迁往 " + targetOffice,
				"新住址：%s；计划迁居日：%s；事由：%s%s".formatted(newAddress, plannedMoveOn, reason,
						late ? "；未提前一个月申请" : ""));
		return request;
	}

	void verified(String processInstanceId, boolean verified, String note) {
		RelocationRequest request = of(processInstanceId);
		request.verified(verified, note);
		timeline.record(request.getCaseNumber(), "RELOCATION_VERIFIED",
				"接收地核实新住址：" + (verified ? "属实" : "不属实"), note);
	}

	void approve(String processInstanceId, String note) {
		RelocationRequest request = of(processInstanceId);
		request.approve(timeline.currentUser(), note, Fields.today());
		timeline.record(request.getCaseNumber(), "RELOCATION_APPROVED", "准予变更执行地至 " + request.getTargetOfficeCode(),
				note);
	}

	void reject(String processInstanceId, String note) {
		RelocationRequest request = of(processInstanceId);
		request.reject(timeline.currentUser(), note, Fields.today());
		timeline.record(request.getCaseNumber(), "RELOCATION_REJECTED", "不准予变更执行地", note);
	}

	RelocationRequest arrived(String processInstanceId, LocalDate on) {
		RelocationRequest request = of(processInstanceId);
		request.arrived(on);
		caseFiles.moveToOffice(request.getCaseNumber(), request.getTargetOfficeCode());
		return request;
	}

	/** 撤销: an open request closes; one already decided against or arrived stays as it was. */
	void cancel(String processInstanceId, String by, String why) {
		requests.findByProcessInstanceId(processInstanceId)
			.filter(request -> request.getStatus().isOpen())
			.ifPresent(request -> request.cancel(by, why, Fields.today()));
	}

	/** Not yet decided by the county bureau: the receiving county's answer may still be awaited. */
	@Transactional(readOnly = true)
	boolean undecided(String processInstanceId) {
		return requests.findByProcessInstanceId(processInstanceId)
			.filter(request -> request.getStatus() == RelocationStatus.REQUESTED)
			.isPresent();
	}

	void reconsulted(String processInstanceId, String why) {
		timeline.record(of(processInstanceId).getCaseNumber(), "RELOCATION_RECONSULTED",
				"接收地核实被撤销，已重新征求接收地意见", why);
	}

	@Transactional(readOnly = true)
	RelocationRequest of(String processInstanceId) {
		return requests.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no relocation request for process " + processInstanceId));
	}

}
