import sys
def paras(path):
    return [l.strip() for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]
if __name__ == '__main__':
    for p in sys.argv[1:]:
        ps = paras(p)
        print('==', p, len(ps), 'paras', sum(len(x.split()) for x in ps), 'words')
        if '-v' in sys.argv[0:1] or True:
            for i, x in enumerate(ps, 1):
                print(f'{i:2d} {x[:110]}')
