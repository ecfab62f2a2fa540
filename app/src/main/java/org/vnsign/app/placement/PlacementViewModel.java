/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.preview.PageSize;
import org.vnsign.signer.SignatureKind;

/**
 * Where the appearance goes, as the user sees and moves it: one block for approval, issue, annex
 * and copy; a mark on each chosen page for initials. Positions are in PDF points relative to each
 * page's crop box. Boxes snap inside the page margins; a mark moved on one page moves on all.
 */
public final class PlacementViewModel {
    /** Distance kept from the page edge, in points (about 3.5 mm). */
    public static final float MARGIN = 10f;
    /** Smallest block the user can draw, in points. */
    public static final float MIN_SIZE = 24f;

    private final ObjectProperty<SignatureKind> action = new SimpleObjectProperty<>(SignatureKind.APPROVAL);
    private final ReadOnlyObjectWrapper<Box> block = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Box> marks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Box>> handPlacedMark = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Boolean> placedByHand = new ReadOnlyObjectWrapper<>(false);
    private IntFunction<PageSize> pages = page -> new PageSize(0, 0, 595, 842);

    public ObjectProperty<SignatureKind> actionProperty() {
        return action;
    }

    public ReadOnlyObjectProperty<Box> blockProperty() {
        return block.getReadOnlyProperty();
    }

    public ObservableList<Box> marks() {
        return marks;
    }

    /** The mark the user moved by hand, applied to every page; empty while the corner search places them. */
    public ReadOnlyObjectProperty<Optional<Box>> handPlacedMarkProperty() {
        return handPlacedMark.getReadOnlyProperty();
    }

    /** Whether the user drew or moved the block (then automatic placement no longer moves it). */
    public ReadOnlyObjectProperty<Boolean> placedByHandProperty() {
        return placedByHand.getReadOnlyProperty();
    }

    /** The size of page {@code page} (1-based) of the open document. */
    public PageSize pageSize(int page) {
        return pages.apply(page);
    }

    /** A new document: page sizes for snapping, nothing placed. */
    public void reset(IntFunction<PageSize> pageSizes) {
        this.pages = pageSizes;
        block.set(null);
        marks.clear();
        handPlacedMark.set(Optional.empty());
        placedByHand.set(false);
    }

    /** The block automatic placement found; ignored once the user placed it by hand. */
    public void showPlanned(Box planned) {
        if (!placedByHand.get()) {
            block.set(snap(planned));
        }
    }

    /** The marks automatic placement found, one per page; replaced by the hand position when set. */
    public void showPlannedMarks(List<Box> planned) {
        if (handPlacedMark.get().isPresent()) {
            marks.setAll(applyToAll(handPlacedMark.get().get(), planned));
        } else {
            marks.setAll(planned);
        }
    }

    /** The user dragged a rectangle from one corner to the other on {@code page}. */
    public void draw(int page, float x1, float y1, float x2, float y2) {
        float width = Math.max(MIN_SIZE, Math.abs(x2 - x1));
        float height = Math.max(MIN_SIZE, Math.abs(y2 - y1));
        place(new Box(page, Math.min(x1, x2), Math.min(y1, y2), width, height));
    }

    /** The user moved or resized the block. */
    public void place(Box box) {
        placedByHand.set(true);
        block.set(snap(box));
    }

    /** The user moved one mark: every page's mark takes the same position. */
    public void moveMark(Box moved) {
        Box snapped = snap(moved);
        handPlacedMark.set(Optional.of(snapped));
        marks.setAll(applyToAll(snapped, new ArrayList<>(marks)));
    }

    /**
     * Moves the block, or the marks for initials, by the given points: the keyboard's way to place
     * (Alt+arrows in the window).
     */
    public void nudge(float dx, float dy) {
        if (action.get().isBlock()) {
            Box current = block.get();
            if (current != null) {
                place(current.moveTo(current.x() + dx, current.y() + dy));
            }
        } else if (!marks.isEmpty()) {
            Box first = marks.get(0);
            moveMark(first.moveTo(first.x() + dx, first.y() + dy));
        }
    }

    /** Resizes the block by the given points, keeping its lower-left corner (Alt+Shift+arrows). */
    public void grow(float dw, float dh) {
        Box current = block.get();
        if (action.get().isBlock() && current != null) {
            place(current.resize(Math.max(MIN_SIZE, current.width() + dw), Math.max(MIN_SIZE, current.height() + dh)));
        }
    }

    /** Back to automatic placement of marks and block. */
    public void forgetHandPlacement() {
        handPlacedMark.set(Optional.empty());
        placedByHand.set(false);
    }

    /** The box moved inside the page's margins, shrunk when it is larger than the page. */
    public Box snap(Box box) {
        PageSize page = pages.apply(box.page());
        float width = Math.min(box.width(), page.width() - 2 * MARGIN);
        float height = Math.min(box.height(), page.height() - 2 * MARGIN);
        float x = clamp(box.x(), MARGIN, page.width() - MARGIN - width);
        float y = clamp(box.y(), MARGIN, page.height() - MARGIN - height);
        return new Box(box.page(), x, y, width, height);
    }

    private List<Box> applyToAll(Box position, List<Box> current) {
        List<Box> moved = new ArrayList<>(current.size());
        for (Box mark : current) {
            moved.add(snap(position.onPage(mark.page())));
        }
        return moved;
    }

    private static float clamp(float value, float min, float max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
