package dev.krait.vm;

import dev.krait.runtime.InstanceLayout;

/**
 * The cases of a polymorphic instance-attribute cache: up to {@link TypeCases#LIMIT} instance layouts, each with
 * the version its class had when the case was made, the index of the attribute in that layout's values and, for a
 * store that adds the attribute, the layout the instance moves to. A site in a base-class method sees the layouts
 * of several subclasses. Immutable, so threads can share it; adding a case makes a new one.
 */
final class LayoutCases {
    private final InstanceLayout[] layouts;
    private final int[] versions;
    private final int[] indices;
    /** For stores: the layout after adding the attribute, or null where the attribute is already there. */
    private final InstanceLayout[] targets;

    private LayoutCases(InstanceLayout[] layouts, int[] versions, int[] indices, InstanceLayout[] targets) {
        this.layouts = layouts;
        this.versions = versions;
        this.indices = indices;
        this.targets = targets;
    }

    /** The case for instances with layout {@code layout}, or -1 (also when its class has changed since). */
    int find(InstanceLayout layout) {
        for (int k = 0; k < layouts.length; k++) {
            if (layouts[k] == layout) {
                return layout.type.version() == versions[k] ? k : -1;
            }
        }
        return -1;
    }

    int index(int k) {
        return indices[k];
    }

    InstanceLayout target(int k) {
        return targets[k];
    }

    /**
     * {@code previous} (null or another site's cases) less the cases of changed classes and of {@code layout},
     * plus the new case for {@code layout}; the oldest case gives way beyond the limit.
     */
    static LayoutCases with(LayoutCases previous, InstanceLayout layout, int index, InstanceLayout target) {
        int limit = TypeCases.LIMIT;
        InstanceLayout[] l = new InstanceLayout[limit];
        int[] v = new int[limit];
        int[] x = new int[limit];
        InstanceLayout[] t = new InstanceLayout[limit];
        int n = 0;
        if (previous != null) {
            for (int k = Math.max(0, previous.layouts.length - (limit - 1)); k < previous.layouts.length; k++) {
                InstanceLayout old = previous.layouts[k];
                if (old != layout && old.type.version() == previous.versions[k]) {
                    l[n] = old;
                    v[n] = previous.versions[k];
                    x[n] = previous.indices[k];
                    t[n++] = previous.targets[k];
                }
            }
        }
        l[n] = layout;
        v[n] = layout.type.version();
        x[n] = index;
        t[n++] = target;
        return new LayoutCases(java.util.Arrays.copyOf(l, n), java.util.Arrays.copyOf(v, n),
                java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(t, n));
    }
}
