"""Print an article's numbered paragraphs: python3 paras.py STEM"""
import sys
from lib import paragraphs
for i, t in enumerate(paragraphs(sys.argv[1]), 1):
    print(f"{i:3d} {t}")
