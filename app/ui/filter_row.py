"""What the filter rows above the lists share: captions tied to their fields, and drop-downs that stay narrow (long
or translated choices are cut in the field and shown whole in the open list), so a row fits a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


def compact(combo: QComboBox, characters: int) -> QComboBox:
    """Wide enough for about this many characters; its list as wide as its longest choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    fit_list(combo)
    return combo


def fit_list(combo: QComboBox) -> None:
    """Call again after filling a combo later."""
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def labelled(row: QHBoxLayout, fields: list[tuple[str, QWidget]], spacing: int = 0) -> None:
    """Each field after its caption; the caption's mnemonic (Alt+letter) moves to the field."""
    for text, widget in fields:
        caption = QLabel(text)
        caption.setBuddy(widget)
        row.addWidget(caption)
        row.addWidget(widget)
        if spacing:
            row.addSpacing(spacing)
