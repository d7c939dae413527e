"""The file ``spacy train --code`` loads: imports kg's training functions so their registry
names (``kg.ner_augmenter.v1``, ``kg.ner_tok2vec_weights.v1``) resolve in ``ner.cfg``.

Why a separate file: ``--code`` executes a file outside ``sys.modules``, where dataclasses
cannot resolve their own module; importing the real module by name avoids that.
"""

from kg.devtools.train import augment, pretrain

__all__ = ["augment", "pretrain"]
