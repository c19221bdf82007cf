package org.huigui.consistency;

/**
 * A place where the case store and the engine disagree: the case (or a release notice's reference), what
 * each says, the instance concerned, and what it means in words.
 */
public record Mismatch(String caseNumber, String store, String engine, String processInstanceId, String message) {
}
