"""Logos and portrait placeholders for the demo institutions, drawn with Pillow.

Small, so that making their public renditions stays quick (every saved image gets the AVIF and WebP sizes
of pages.core.renditions, and AVIF encoding costs in proportion to the pixels): a logo is 320 px square,
twice the 160 px the chapter page shows; a portrait 200 px, for the 160 px the templates show.
Deterministic: every run produces the same bytes, so a re-run finds nothing to update.
"""

import functools
import hashlib
import io
import math

from PIL import Image, ImageDraw, ImageFont

from .images import AMBER, MIST, NAVY

LOGO_SIZE = 320
PORTRAIT_SIZE = 200
SCALE = 2  # drawn at twice the size, then reduced, as pages.core.demo.images does

# One shape per kind of institution, inside the logo's ring.
KIND_SIDES = {"ministry": 0, "commission": 6, "governorate": 8, "other": 4}


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _polygon(centre, radius, sides, rotation=0.0):
    cx, cy = centre
    return [
        (
            cx + radius * math.cos(rotation + math.tau * k / sides),
            cy + radius * math.sin(rotation + math.tau * k / sides),
        )
        for k in range(sides)
    ]


@functools.lru_cache(maxsize=32)
def render_logo(abbreviation, color, kind):
    """A round emblem in ``color``: a ring, a shape for the kind of institution, the Latin abbreviation."""
    size = LOGO_SIZE * SCALE
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    centre = (size / 2, size / 2)
    outer = size * 0.46
    draw.ellipse((centre[0] - outer, centre[1] - outer, centre[0] + outer, centre[1] + outer), fill=color)
    ring = outer * 0.86
    draw.ellipse(
        (centre[0] - ring, centre[1] - ring, centre[0] + ring, centre[1] + ring), outline=MIST, width=5 * SCALE
    )
    sides = KIND_SIDES.get(kind, 4)
    inner = outer * 0.62
    if sides:
        shape_centre = (centre[0], centre[1] - outer * 0.2)
        draw.polygon(_polygon(shape_centre, outer * 0.36, sides, rotation=math.pi / sides), fill=AMBER)
    else:  # a ministry: three columns under a pediment
        left, right, top, bottom = centre[0] - inner * 0.7, centre[0] + inner * 0.7, centre[1] - inner * 0.8, centre[1]
        draw.polygon(
            [(left, top + inner * 0.25), (centre[0], top - inner * 0.1), (right, top + inner * 0.25)], fill=AMBER
        )
        for column in range(3):
            x = left + (right - left) * (0.15 + 0.35 * column)
            draw.rectangle((x - inner * 0.06, top + inner * 0.3, x + inner * 0.06, bottom), fill=AMBER)
    font = ImageFont.load_default(size=int(size * (0.13 if len(abbreviation) <= 3 else 0.11)))
    draw.text((centre[0], centre[1] + outer * 0.42), abbreviation, font=font, fill="white", anchor="mm")
    return _jpeg(image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS))


@functools.lru_cache(maxsize=64)
def render_portrait(seed, color):
    """A neutral silhouette (head and shoulders) on a tint of ``color``: a placeholder for a member's photo."""
    size = PORTRAIT_SIZE * SCALE
    # A tint of its own per person: no two portraits are the same file.
    shade = 0.2 + int(hashlib.sha256(seed.encode()).hexdigest()[:6], 16) / 0xFFFFFF * 0.45
    background = tuple(round(channel + (255 - channel) * (1 - shade)) for channel in color)
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    head = size * 0.19
    cx, cy = size / 2, size * 0.4
    draw.ellipse((cx - head, cy - head, cx + head, cy + head), fill=NAVY)
    shoulders = size * 0.36
    draw.ellipse((cx - shoulders, size * 0.66, cx + shoulders, size * 1.3), fill=NAVY)
    return _jpeg(image.resize((PORTRAIT_SIZE, PORTRAIT_SIZE), Image.Resampling.LANCZOS))
