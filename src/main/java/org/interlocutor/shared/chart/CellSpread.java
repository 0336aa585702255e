package org.interlocutor.shared.chart;

/**
 * Where {@code count} markers sharing one spot go inside the cell around it: a grid of as many columns as gives
 * them the most room, filled row by row from the top and centred, and the markers shrink when the cell is crowded.
 * Only the count and the cell decide, so the same data always gives the same picture.
 */
record CellSpread(double[] dx, double[] dy, double radius) {

    /** Markers never shrink below this radius: a crowded cell then overlaps a little rather than showing dust. */
    static final double SMALLEST_RADIUS = 1.5;

    static CellSpread of(int count, double cellWidth, double cellHeight, double maxRadius) {
        if (count == 1) {
            return new CellSpread(new double[] {0}, new double[] {0}, maxRadius);
        }
        int bestColumns = 1;
        double bestPitch = 0;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double pitch = Math.min(cellWidth / columns, cellHeight / rows);
            if (pitch > bestPitch) {
                bestPitch = pitch;
                bestColumns = columns;
            }
        }
        double radius = Math.max(SMALLEST_RADIUS, Math.min(maxRadius, bestPitch * 0.42));
        // no wider apart than markers need: a few points stay together around their spot
        double pitch = Math.min(bestPitch, radius * 2 + 3);
        int rows = (count + bestColumns - 1) / bestColumns;
        double[] dx = new double[count];
        double[] dy = new double[count];
        for (int i = 0; i < count; i++) {
            int row = i / bestColumns;
            int column = i % bestColumns;
            int inThisRow = row == rows - 1 ? count - row * bestColumns : bestColumns;
            dx[i] = (column - (inThisRow - 1) / 2.0) * pitch;
            dy[i] = (row - (rows - 1) / 2.0) * pitch;
        }
        return new CellSpread(dx, dy, radius);
    }
}
