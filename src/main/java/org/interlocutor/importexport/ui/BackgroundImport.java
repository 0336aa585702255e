package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.interlocutor.importexport.ImportProgress;
import org.interlocutor.importexport.ImportReport;
import org.interlocutor.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An import (or its dry run) running away from the request thread, so that the screen can show how far it got and
 * offer to cancel it. The worker runs signed in as the person who started it: the services' method security and
 * the need-to-know rule read the security context, which a new thread would not have. What the worker learns
 * reaches the screen through {@link UI#access}, delivered at the screen's next poll.
 */
final class BackgroundImport implements ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(BackgroundImport.class);

    /** What the screen is told, always inside {@link UI#access}. */
    interface Listener {
        void progress(int rowsDone);

        void finished(ImportReport report);

        void failed(RuntimeException failure);
    }

    private final UI ui;
    private final Listener listener;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final List<Runnable> afterwards = new ArrayList<>();
    private boolean done;

    private BackgroundImport(UI ui, Listener listener) {
        this.ui = ui;
        this.listener = listener;
    }

    /**
     * Starts {@code work} on a new thread with the current person's security context; {@code work} is given this
     * object as its {@link ImportProgress}.
     */
    static BackgroundImport start(UI ui, SecurityContextHolderStrategy securityContexts, String name,
                                  Function<ImportProgress, ImportReport> work, Listener listener) {
        BackgroundImport job = new BackgroundImport(ui, listener);
        SecurityContext starter = securityContexts.getContext();
        Thread.ofPlatform().daemon().name("import-" + name).start(() -> {
            SecurityContext context = securityContexts.createEmptyContext();
            context.setAuthentication(starter.getAuthentication());
            securityContexts.setContext(context);
            try {
                ImportReport report = work.apply(job);
                if (!job.tell(() -> listener.finished(report))) {
                    deleteQuietly(report.rejectedRowsFile());
                }
            } catch (RuntimeException failure) {
                if (!(failure instanceof UserFacingException)) {
                    log.error("Import {} failed", name, failure);
                }
                job.tell(() -> listener.failed(failure));
            } finally {
                securityContexts.clearContext();
                job.finish();
            }
        });
        return job;
    }

    @Override
    public void rowsDone(int rows) {
        tell(() -> listener.progress(rows));
    }

    @Override
    public boolean cancelRequested() {
        return cancelRequested.get();
    }

    /** Asks the import to stop at its next batch of rows: nothing it wrote is kept. */
    void cancel() {
        cancelRequested.set(true);
    }

    /** Runs {@code action} once the worker has ended (now, if it has): where the file it reads may be closed. */
    void whenDone(Runnable action) {
        synchronized (afterwards) {
            if (!done) {
                afterwards.add(action);
                return;
            }
        }
        action.run();
    }

    private void finish() {
        List<Runnable> actions;
        synchronized (afterwards) {
            done = true;
            actions = List.copyOf(afterwards);
            afterwards.clear();
        }
        actions.forEach(Runnable::run);
    }

    /** False when the screen is gone (the person left or closed the tab). */
    private boolean tell(Command command) {
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException gone) {
            return false;
        }
    }

    static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a temporary file: the system's cleaner gets it later
        }
    }
}
