package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Output for people: progress on a terminal, aligned tables. */
final class Terminal {

    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null;
    }

    /** A progress bar on stderr, redrawn in place; silent when not on a terminal. */
    static org.dateline.Dateline.Progress progressBar(PrintWriter err) {
        if (!interactive()) return org.dateline.Dateline.Progress.NONE;
        return new org.dateline.Dateline.Progress() {
            private long last;

            @Override
            public void file(int done, int total, Path current) {
                long now = System.nanoTime();
                if (done < total && now - last < 100_000_000L) return;
                last = now;
                int width = 30;
                int filled = total == 0 ? width : (int) ((long) done * width / total);
                String name = current == null ? "" : current.getFileName().toString();
                if (name.length() > 40) name = "…" + name.substring(name.length() - 39);
                err.printf("\r[%s%s] %d/%d files %-40s", "#".repeat(filled), ".".repeat(width - filled), done, total, name);
                if (done == total) err.print("\r" + " ".repeat(width + 60) + "\r");
                err.flush();
            }
        };
    }

    /** A one-line counter of analysed articles on a terminal; nothing otherwise. */
    static org.dateline.analyze.AnalysisRunner.Progress analysisProgress(PrintWriter err) {
        if (!interactive()) return org.dateline.analyze.AnalysisRunner.Progress.NONE;
        return (done, pending) -> {
            err.printf("\ranalysing: %d done, %d waiting   ", done, pending);
            if (pending == 0) err.print("\r" + " ".repeat(50) + "\r");
            err.flush();
        };
    }

    /** Columns padded to their widest cell; the last column is not padded. */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] width = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], cell(row.get(i)).length());
        }
        for (List<String> row : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String c = cell(row.get(i));
                sb.append(i == row.size() - 1 ? c : c + " ".repeat(width[i] - c.length() + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String cell(String s) {
        return s == null ? "-" : s;
    }

    static String shorten(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
