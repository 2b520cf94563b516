package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearisation of a class's bases, as Python computes {@code __mro__}. */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 0) {
            return new PyType[] {type};
        }
        if (bases.length == 1) {
            PyType[] baseMro = bases[0].mro();
            PyType[] out = new PyType[baseMro.length + 1];
            out[0] = type;
            System.arraycopy(baseMro, 0, out, 1, baseMro.length);
            return out;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython names the classes still waiting at the heads of the sequences to merge.
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> seq : seqs) {
                    heads.add(seq.get(0).name);
                }
                String names = String.join(", ", heads);
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + names);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }
}
