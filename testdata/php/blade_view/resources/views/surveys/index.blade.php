@extends('layouts.app', ['title' => 'Projects'])

@section('content')
{{-- the projects the controller read from the server --}}
<table>
  @foreach($projects as $project)
    <tr>
      <td>{{ $project['title'] }}</td> {{-- want "KB403" --}}
      <td>{{ $project['id_string'] }}</td> {{-- want "KB401" --}}
      <td><a href="{{ $project['url'] }}">data</a></td> {{-- want "KB405" --}}
    </tr>
  @endforeach
</table>
<p>{{ count($projects) }} projects</p>
@endsection
