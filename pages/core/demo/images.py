"""Abstract illustrations drawn with Pillow: a deep blue and teal gradient with one motif and a warm accent.

Drawing is deterministic (a seeded random generator per image), so every run produces the same bytes.
"""

import functools
import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900
SCALE = 2  # drawn at twice the size, then reduced: smooth edges without an anti-aliasing library

NAVY = (10, 31, 61)
BLUE = (20, 66, 120)
TEAL = (15, 118, 110)
TEAL_LIGHT = (94, 234, 212)
AMBER = (245, 166, 35)
CORAL = (234, 118, 84)
MIST = (226, 242, 240)


@functools.lru_cache(maxsize=16)
def render_jpeg(motif, seed, width=WIDTH, height=HEIGHT):
    """The JPEG bytes of the illustration for ``motif``. The motifs are drawn for 16:9; a smaller size
    (the chapters' article images) draws and makes its renditions faster."""
    rng = random.Random(f"{motif}:{seed}")
    size = (width * SCALE, height * SCALE)
    image = _background(size, rng)
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIFS[motif](ImageDraw.Draw(overlay), size, rng)
    image = Image.alpha_composite(image, overlay).convert("RGB")
    image = image.resize((width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def _background(size, rng):
    width, height = size
    horizontal = Image.linear_gradient("L").rotate(90).resize(size)
    base = Image.composite(Image.new("RGB", size, NAVY), Image.new("RGB", size, BLUE), horizontal)
    # A soft teal glow somewhere on the image: the radial gradient is 0 at its centre, 255 at its rim.
    diameter = int(width * 1.1)
    centre = (rng.randint(width // 4, width * 3 // 4), rng.randint(height // 4, height * 3 // 4))
    distance = Image.new("L", size, 255)
    distance.paste(
        Image.radial_gradient("L").resize((diameter, diameter)),
        (centre[0] - diameter // 2, centre[1] - diameter // 2),
    )
    glow_mask = distance.point(lambda value: max(0, 150 - value))
    return Image.composite(Image.new("RGB", size, TEAL), base, glow_mask).convert("RGBA")


def _rgba(color, alpha):
    return (*color, alpha)


def _network(draw, size, rng):
    width, height = size
    nodes = [(rng.uniform(0.05, 0.95) * width, rng.uniform(0.08, 0.92) * height) for _ in range(46)]
    reach = width * 0.16
    for index, (x1, y1) in enumerate(nodes):
        for x2, y2 in nodes[index + 1 :]:
            distance = math.dist((x1, y1), (x2, y2))
            if distance < reach:
                alpha = int(150 * (1 - distance / reach)) + 30
                draw.line((x1, y1, x2, y2), fill=_rgba(TEAL_LIGHT, alpha), width=3 * SCALE)
    for index, (x, y) in enumerate(nodes):
        radius = rng.uniform(5, 12) * SCALE
        color = AMBER if index % 9 == 0 else MIST
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(color, 235))


def _waves(draw, size, rng):
    width, height = size
    for line in range(14):
        amplitude = rng.uniform(0.04, 0.12) * height
        frequency = rng.uniform(1.2, 2.4) * math.tau / width
        phase = rng.uniform(0, math.tau)
        baseline = height * (0.2 + line * 0.045)
        points = [(x, baseline + amplitude * math.sin(frequency * x + phase)) for x in range(0, width + 20, 20)]
        color, alpha = (AMBER, 230) if line == 9 else (TEAL_LIGHT if line % 2 else MIST, 70 + line * 8)
        draw.line(points, fill=_rgba(color, alpha), width=(6 if line == 9 else 3) * SCALE, joint="curve")


def _grid(draw, size, rng):
    width, height = size
    step = 70 * SCALE
    columns, rows = width // step, height // step
    for column in range(1, columns):
        for row in range(1, rows):
            radius = 4 * SCALE
            x, y = column * step, row * step
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(MIST, 90))
    column, row = 1, rng.randint(2, rows - 3)
    path = [(column * step, row * step)]
    moved_vertically = False
    while column < columns - 1:
        if moved_vertically or rng.random() < 0.6:
            column += 1
            moved_vertically = False
        else:
            row = min(rows - 2, max(1, row + rng.choice((-1, 1))))
            moved_vertically = True
        path.append((column * step, row * step))
    draw.line(path, fill=_rgba(AMBER, 235), width=7 * SCALE, joint="curve")
    for x, y in [*path[:: max(1, len(path) // 6)], path[-1]]:
        radius = 13 * SCALE
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(AMBER, 255))


def _hexagons(draw, size, rng):
    width, height = size
    radius = 78 * SCALE
    horizontal, vertical = radius * math.sqrt(3), radius * 1.5
    highlighted = (rng.randint(5, 8), rng.randint(1, 3))
    for row in range(int(height / vertical) + 2):
        for column in range(int(width / horizontal) + 2):
            cx = column * horizontal + (horizontal / 2 if row % 2 else 0)
            cy = row * vertical
            share = cx / width
            if rng.random() > share + 0.15:
                continue
            corners = [
                (
                    cx + (radius - 6 * SCALE) * math.cos(math.radians(60 * k + 30)),
                    cy + (radius - 6 * SCALE) * math.sin(math.radians(60 * k + 30)),
                )
                for k in range(6)
            ]
            if (column, row) == highlighted:
                draw.polygon(corners, fill=_rgba(AMBER, 220))
            else:
                color = TEAL if rng.random() < 0.5 else BLUE
                draw.polygon(corners, fill=_rgba(color, int(90 + 120 * share)), outline=_rgba(TEAL_LIGHT, 120))


def _circuit(draw, size, rng):
    width, height = size
    step = 40 * SCALE
    for trace in range(26):
        x = rng.randint(0, width // step) * step
        y = rng.randint(0, height // step) * step
        points = [(x, y)]
        for _ in range(rng.randint(3, 7)):
            if rng.random() < 0.5:
                x += rng.choice((-1, 1)) * rng.randint(2, 7) * step
            else:
                y += rng.choice((-1, 1)) * rng.randint(2, 5) * step
            points.append((x, y))
        color = AMBER if trace % 8 == 0 else TEAL_LIGHT
        alpha = 230 if color == AMBER else 130
        draw.line(points, fill=_rgba(color, alpha), width=4 * SCALE)
        for px, py in (points[0], points[-1]):
            radius = 9 * SCALE
            draw.ellipse(
                (px - radius, py - radius, px + radius, py + radius), outline=_rgba(color, alpha), width=4 * SCALE
            )


def _rings(draw, size, rng):
    width, height = size
    cx, cy = width * rng.uniform(0.6, 0.75), height * rng.uniform(0.4, 0.6)
    for ring in range(1, 22):
        radius = ring * 55 * SCALE
        alpha = max(25, 200 - ring * 8)
        color = TEAL_LIGHT if ring % 3 else MIST
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            outline=_rgba(color, alpha),
            width=(2 + ring % 3) * SCALE,
        )
    radius = 26 * SCALE
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=_rgba(AMBER, 255))
    for _ in range(5):
        angle, distance = rng.uniform(0, math.tau), rng.randint(4, 14) * 55 * SCALE
        x, y = cx + distance * math.cos(angle), cy + distance * math.sin(angle)
        radius = 10 * SCALE
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(CORAL, 230))


def _globe(draw, size, rng):
    width, height = size
    radius = height * 0.36
    cx, cy = width * 0.62, height * 0.5
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=_rgba(NAVY, 120),
        outline=_rgba(MIST, 200),
        width=4 * SCALE,
    )
    for meridian in range(1, 6):
        half_width = radius * meridian / 6
        draw.ellipse(
            (cx - half_width, cy - radius, cx + half_width, cy + radius),
            outline=_rgba(TEAL_LIGHT, 120),
            width=3 * SCALE,
        )
    for parallel in range(-4, 5):
        y = cy + radius * parallel / 5
        half_chord = math.sqrt(max(0.0, radius**2 - (y - cy) ** 2))
        draw.line((cx - half_chord, y, cx + half_chord, y), fill=_rgba(TEAL_LIGHT, 110), width=3 * SCALE)
    orbit = (cx - radius * 1.6, cy - radius * 0.55, cx + radius * 1.6, cy + radius * 0.55)
    draw.ellipse(orbit, outline=_rgba(AMBER, 200), width=4 * SCALE)
    for _ in range(6):
        angle = rng.uniform(0, math.tau)
        x, y = cx + radius * 1.6 * math.cos(angle), cy + radius * 0.55 * math.sin(angle)
        dot = 12 * SCALE
        draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=_rgba(AMBER, 255))


def _steps(draw, size, rng):
    width, height = size
    count = 9
    gap = 26 * SCALE
    bar_width = (width * 0.7 - gap * (count - 1)) / count
    left = width * 0.15
    for index in range(count):
        share = index / (count - 1)
        bar_height = height * (0.15 + 0.6 * share) + rng.uniform(-0.03, 0.03) * height
        x = left + index * (bar_width + gap)
        color = tuple(round(TEAL[channel] + (AMBER[channel] - TEAL[channel]) * share) for channel in range(3))
        draw.rounded_rectangle(
            (x, height * 0.88 - bar_height, x + bar_width, height * 0.88), radius=14 * SCALE, fill=_rgba(color, 225)
        )
    draw.line((width * 0.1, height * 0.9, width * 0.9, height * 0.9), fill=_rgba(MIST, 160), width=4 * SCALE)


MOTIFS = {
    "network": _network,
    "waves": _waves,
    "grid": _grid,
    "hexagons": _hexagons,
    "circuit": _circuit,
    "rings": _rings,
    "globe": _globe,
    "steps": _steps,
}
