package org.huigui.system;

import java.util.List;

/** What a module has to tell whoever started the application, printed with the {@code StartupBanner}. */
public interface StartupNotes {

	List<String> lines();

}
